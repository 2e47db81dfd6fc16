def flows(items, cm):
    for item in items:
        try:
            with cm as handle:
                if item is None:
                    return handle
                elif item < 0:
                    break
                else:
                    continue
        except (ValueError, TypeError) as err:
            if err:
                break
            continue
        except Exception:
            return None
        finally:
            if item == 3:
                continue
    else:
        return -1
    while 0 < len(items) <= 10 and not items[0]:
        items.pop()
    return items

def gen_finally():
    try:
        yield 1
        yield from inner()
    finally:
        yield 2

async def async_flows(src, lock):
    async with lock, lock as second:
        async for value in src:
            if value:
                break
            await second(value)
    return {k: await v async for k, v in src}

def big_calls(f):
    f(a0=0, a1=1, a2=2, a3=3, a4=4, a5=5, a6=6, a7=7, a8=8, a9=9, a10=10, a11=11, a12=12, a13=13, a14=14, a15=15, a16=16)
    f(*args, x, *more, k=1, **kw, j=2)
    f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
    d = {'a0': 0, 'a1': 1, 'a2': 2, 'a3': 3, 'a4': 4, 'a5': 5, 'a6': 6, 'a7': 7, 'a8': 8, 'a9': 9, 'a10': 10, 'a11': 11, 'a12': 12, 'a13': 13, 'a14': 14, 'a15': 15, 'a16': 16, x: y}
    return f"{d!a:{'>' if d else '<'}{10}} {f.__name__=} {{literal}}"

class Outer:
    __secret = 1
    def method(self, __arg=__secret):
        return lambda: (self.__secret, __arg, __class__)
    class Inner:
        def m(self):
            return __class__, super()

def matcher(cmd):
    match cmd:
        case {"kind": "move", "to": (x, y)} if x > 0:
            return x, y
        case [Point(x=0) as p, *_] | [_, Point(x=0) as p]:
            return p
        case (1 | 2 | 3) as n:
            return n
        case {**rest}:
            return rest
        case str(s) | bytes(s):
            return s
    return None

def deletes():
    global G
    x = 1
    del x, G
    def inner():
        nonlocal_value = 1
        def deeper():
            nonlocal nonlocal_value
            del nonlocal_value
        return deeper
    return inner

try:
    pass
except* OSError as group:
    pass
except* ValueError:
    raise
else:
    pass
finally:
    print("done")
