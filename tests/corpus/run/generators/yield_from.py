# yield from delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "end"))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x for x in "z"))))
def catching_inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner handled KeyError")
        yield "after-handling"
def delegator():
    r = yield from catching_inner()
    print("delegator done", r)
d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d, "exhausted"))
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally on close")
co = closing_outer()
next(co)
co.close()
def ret_only():
    return 5
    yield
def use_ret():
    v = yield from ret_only()
    yield v * 2
print(list(use_ret()))
def from_list():
    r = yield from [1, 2]
    yield r
print(list(from_list()))
