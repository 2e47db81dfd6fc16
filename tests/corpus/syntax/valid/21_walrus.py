if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y := 1, y ** 2]
print(x := 1)
def f(a=(b := 1)): pass
x = (y := 0)
{(a := 1): 2}
f(x := 1, y := 2)
if any((w := v) for v in vs): pass
