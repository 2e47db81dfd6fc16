f()
f(a)
f(a, b, c=1, *args, d=2, **kwargs)
f(*a, *b, **c, **d)
f(a for a in b)
f(x=1, *y)
f(a)(b)(c)
f(
    a,
    b,
)
obj.method(1).other[2](3)
f(a := 1)
f(*a, b)
f(**k, x=1)
