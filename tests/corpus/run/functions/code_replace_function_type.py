# code.replace() and types.FunctionType(code, globals, name, argdefs, closure), with CPython's argument errors.
def f(a, b=2):
    "doc"
    return a + b
c = f.__code__
try: c.replace(1)
except TypeError as e: print(e)
try: c.replace(co_bogus=1)
except TypeError as e: print(e)
try: c.replace(co_flags='x')
except TypeError as e: print(e)
try: c.replace(co_name=1)
except TypeError as e: print(e)
print(c.replace(co_name='g').co_name, c.replace().co_name, c.replace(co_firstlineno=40).co_firstlineno)
f.__code__ = c.replace(co_name="renamed", co_qualname="renamed")
print(f(1), f.__code__.co_name, f.__name__)
g = type(f)(c.replace(co_consts=c.co_consts), {})
print(g(5, 5))
def gen():
    v = yield 1
    return v
gen.__code__ = gen.__code__.replace(co_flags=gen.__code__.co_flags | 0x100)
async def uses():
    return await gen()
co = uses()
print(co.send(None))
try: co.send(21)
except StopIteration as e: print("result", e.value)
import types
def f(a, b=3): return a * b
c = f.__code__
for args in [(), (1,), (c,), (c, 1), (c, {}, 1), (c, {}, 'n', 1), (c, {}, 'n', (1,), 1)]:
    try:
        g = types.FunctionType(*args); print('ok', g.__name__, g.__defaults__)
    except Exception as e: print(type(e).__name__, e)
def o():
    x = 1
    def i(): return x
    return i
inner = o()
try: types.FunctionType(inner.__code__, {})
except Exception as e: print(type(e).__name__, e)
g = types.FunctionType(inner.__code__, {}, "copy", None, inner.__closure__)
print(g(), g.__name__, g.__qualname__)
h = types.FunctionType(c, {"__name__": "mod"}, "h", (10,))
print(h(2), h.__module__, h.__defaults__)
