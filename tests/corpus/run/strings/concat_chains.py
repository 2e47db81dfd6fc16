# Strings built by repeated += share an append buffer: every intermediate result must stay what it was.
s = ''
parts = []
for i in range(3000):
    s += str(i) + ','
    if i % 500 == 0: parts.append(s)
print(len(s), s[-20:], [len(p) for p in parts], parts[2][-10:])
t = parts[1] + 'X'
u = parts[1] + 'Y'
print(t[-3:], u[-3:], parts[1][-3:], len(t), len(u))
a = 'é' * 300; b = a + '😀'; c = b + 'z'
print(len(c), c[-2:], c == 'é'*300 + '😀z', hash(c) == hash('é'*300 + '😀z'))
x = 'q' * 300
y = x + x
y2 = y + 'a'
y3 = y + 'b'
print(y2[-2:], y3[-2:], len(y2), len(y3), y2 == y3, y2 < y3)
def build(n):
    out = ''
    for i in range(n):
        out = out + chr(65 + i % 26)
    return out
big = build(100000)
print(len(big), big[:30], big[-5:], big.count('A'))
snap = build(300)
tail = snap + '!'
other = snap + '?'
print(tail[-3:], other[-3:], snap[-2:], tail.startswith(snap), other > tail)
