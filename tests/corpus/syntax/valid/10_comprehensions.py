a = [x for x in y]
b = {x for x in y if x if not x}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = [x for x in y for z in x]
f = [(x, y) for x in a if x for y in b if y]
g = [y := f(x) for x in z]
h = [x async for x in y]
i = [[x for x in row] for row in m]
j = {**a, 'b': 1, **c}
k = {*a, *b}
l = [*a, *b]
m = (*a, *b)
n = [i for i in range(3) if (j := i)]
