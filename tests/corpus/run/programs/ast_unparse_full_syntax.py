# ast.unparse over every statement and expression form (3.11 grammar), checked by re-parsing.
import ast
src = '''
@decorator(arg)
async def f(a: int = 1, *args: str, b, c=2, **kw) -> "ret":
    """Docstring with 'quotes' and "dq"."""
    global g
    async with ctx() as (x, y):
        await something(x, y=y)
    x: list[int] = []
    x += [i ** 2 for i in range(10) if i % 2 if i > 3]
    lambda: (yield)
    return {**kw, 'a': a} if b else {1, 2, *args}
class K(B1, B2, metaclass=M, **extra):
    pass
while not (a and b or c):
    del x[0], y.z
    assert isinstance(a, (int, str)), "msg"
    raise
print(f"{a!r:{w}.{p}} {b:>10} {'nested' + f'{c}'}", end='')
x = a if b else c if d else e
y = (a, b), [c, d], {e: f}, {g}, ()
z = a[1:2, ::3, ...], a[()], a[(1, 2)], a[1,]
w = not not x, -(-x), +x, ~x, (-1) ** 2, -1 ** 2, (a := 5), [b := 6]
v = 1 if x else 2, (lambda x=1, *, y: x)(y=2)
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
for i, (j, k) in enumerate(pairs):
    if i: continue
    elif j: break
import a.b.c as d, e
from . import f
from ..g import (h as i, j)
match command.split():
    case [("go" | "move") as verb, direction] if direction in DIRS:
        pass
    case {"x": 0, **rest}:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case [1, 2, *others] | (3 as three):
        pass
    case -1 | 1.5 | 2j | -3+4j | "s" | b"b" | None | True:
        pass
'''
t = ast.parse(src)
out = ast.unparse(t)
print(out)
print(ast.dump(ast.parse(out)) == ast.dump(t))
print(ast.unparse(ast.parse("x = 'a\\nb'\ny = '''tri\nple'''\nz = 'it\\'s \"q\"'\nw = b'\\x00\\xff'\nv = f'{x!r}\\n{y:{z}}'")))
print(ast.unparse(ast.parse("(a for b in c)\nf(a for b in c)\nf((a for b in c), d)\nprint((yield))")))
print(ast.dump(ast.parse("x = 1"), indent=2, include_attributes=True))
