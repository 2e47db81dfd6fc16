def f():
    global a, b
    nonlocal c
    del a
    del a, b
    del (a, b)
    del [a, b]
    del a.b, a[0], a[1:2]
    del (a), b
    assert x
    assert x, "message"
    return 1, 2
    return *a, b
