# str concatenation in loops (Sharpy shares one buffer between successive results): every result stays an independent value
base = "x" * 300
a = base + "A"
b = base + "B"
a2 = a + "1"
a3 = a + "2"
print(len(a), len(b), a[-1], b[-1], a2[-2:], a3[-2:], a == base + "A", a2 != a3)
s = ""
lens = []
for i in range(2000):
    s += str(i % 10)
    if i % 500 == 0:
        lens.append((len(s), s[-3:], hash(s) == hash(str(s))))
print(lens, len(s), s[:12], s[-12:])
snap = s
s += "tail"
print(snap[-4:], s[-4:], len(snap), len(s))
d = {s: 1}
print(d[snap + "tail"], (snap + "tail") is not s)
u = "é" * 200
u += "ü" * 100
u += "€"
print(len(u), u[-3:], u.encode("utf-8")[-6:], u.count("é"))
e = "a" * 300
e += "😀"
e += "b"
print(len(e), e[-2:], e[300], ord(e[300]), e.encode("utf-16-le")[-6:])
h = "h" * 300 + "\ud83d"
h2 = h + "\ude00"
print(len(h2), [hex(ord(c)) for c in h2][-2:])
class S(str):
    pass
t = S("q" * 300) + "r"
print(type(t).__name__, len(t))
lines = ""
for i in range(1000):
    lines += f"line {i}\n"
print(lines.count("\n"), lines.splitlines()[-1], lines.startswith("line 0"), lines[5000:5010])
w = "w" * 400
parts = [w + str(i) for i in range(3)]
print([p[-2:] for p in parts], sorted(parts)[-1][-1])
acc = "start:" + "=" * 300
for word in ["alpha", "beta", "gamma"]:
    acc = acc + word + ","
print(acc[-18:], len(acc), acc.upper()[-6:], acc.find("beta"), acc.split(",")[1])
r = "r" * 260
r2 = r + ""
print(r2 is r, ("" + r) is r, len(r * 2 + r))
big = ""
for i in range(50000):
    big += "ab"
print(len(big), big[99999], big.count("ab"))
