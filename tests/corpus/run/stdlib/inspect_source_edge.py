import inspect
handlers = {
    "a": lambda x: x,
    "b": lambda y: (y +
                    1),
}
def f():
    s = """
no indent here
"""
    return s
class X:
    a = 1
# comment at col 0
    b = 2

    def m(self): # trailing comment
        return {"k": ":"}
def g(): # c
    return 1
async def h(): pass
def deco(*a):
    return lambda fn: fn
@deco(1,
      2)
def decorated():
    pass
for o in (handlers["a"], handlers["b"], f, X, X.m, g, h, decorated):
    print(repr(inspect.getsource(o)))
