# str.format with positional, keyword, index/attribute access, and specs.
class P:
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
p = P()
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name}={value!r}".format(name="k", value="v"))
print("{0.x} {0.items[1]} {d[key]}".format(p, d={"key": 5}))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:08.3f}|{:+,}|{:_b}|{:#o}|{:e}|{:.2%}".format(3.14159, 1234567, 255, 8, 12345.6789, 0.4567))
print("{:,.2f}|{:>10,}|{:x}|{:X}|{:c}".format(1234567.891, 9876543, 3054, 3054, 9731))
print("{!s} {!r} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format(42))
print("{:{w}.{p}f}".format(2.718281828, w=10, p=3))
print("{0:{1}}|".format("x", 5))
print("{:g} {:g} {:g} {:g}".format(1.0, 1e20, 1e-5, 123456789.0))
print("{:.0f} {:.1f} {:.0e} {:n}".format(2.5, 0.05, 12345, 1234))
print("{:=+10d}|{: d}|{:-d}".format(42, 42, -42))
print(format(True), format(None), format([1, 2]), "{}".format(b"x"))
for fmt, args in [("{", ()), ("}", ()), ("{0}", ()), ("{x}", ()), ("{:d}", ("s",)), ("{:s}", (1,)), ("{0:.2f}", ("a",))]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:5}|{:5}|{:<5}|".format(42, "ab", 42))
