def g():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from x
    x = yield
    x = yield 1
    x = yield from y
    await_ = (yield)
    return
    return 1
    return (yield)
