a = *b, c
a, *b = c
print(*a)
[*a, *b]
{*a}
{**a}
x = [*range(3), *'abc']
first, *middle, last = seq
*a, = b
def f(*a, **b): return (*a,)
for *a, b in c: pass
