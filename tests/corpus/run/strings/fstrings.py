# f-strings: expressions, conversions, nested specs, = debugging.
x = 42
name = "Ann"
pi = 3.14159265
items = [1, 2, 3]
print(f"{x} {name} {pi}")
print(f"{x + 1} {x * 2:>6} {name!r} {name!s} {name!a}")
print(f"{pi:.2f} {pi:10.4f}| {x:#x} {x:08b} {x:,} {1234567:_}")
print(f"{x=} {name=} {pi=:.3f} {x + 1 = }")
print(f"{items[0]} {items[-1]} {len(items)} {'-'.join(map(str, items))}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{name:^{width}}|")
print(f"{{braces}} {{{x}}}")
print(f"{'quoted'} {'a' if x else 'b'}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{x:>{width}}|{x!r:>5}|")
print(f"""triple {x}
second line {name.upper()}""")
print(rf"raw \n {x}", fr"{x}\t")
print(f"{3.0:g} {1e100:.3e} {0.000125:.1%} {-5:+} {5:+}")
print(f"{'left':<10}|{'right':>10}|{'mid':^11}|")
print(f"{x!r:^10}|", f"{name=!r:>10}")
obj = None
print(f"{obj} {obj!r} {[1, 'a']} {(1,)}")
print(f"{x:d}", f"{x:n}", f"{x:c}", f"{x:o}")
print(f"{(lambda: 7)()}", f"{[i * i for i in range(4)]}")
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:.2s}")
except ValueError as e:
    print("ValueError:", e)
