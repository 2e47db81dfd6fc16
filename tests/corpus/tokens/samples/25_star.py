f(*args, **kwargs)
g(a, *b, c=1, **d)
h(x for x in y)
print(*[1], *[2])
