# Feed every prefix (up to 12 lines) of each top-level statement of a sample module to
# codeop.compile_command, as an interactive console would, and print what it decides.
import codeop
import warnings

warnings.simplefilter('ignore')

SAMPLE = r'''
import os, sys
try:
    from _json import scanner
except ImportError:
    scanner = None
else:
    pass
finally:
    x = 1
@decorator
@other(1,
       2)
def function(a, b=(1,
                   2), *args, **kw):
    """Docstring
    over lines."""
    if a:
        return [i for i in
                range(b)]
    elif b: pass
    else:
        raise ValueError('x' \
                         'y')
class Klass(Base, metaclass=Meta):
    attr = {'a': 1,
            'b': [2, 3]}
    def method(self): return self.attr
while True:
    break
else:
    print('never')
with open(path) as f, open(other) as g:
    data = f.read()
for i in range(3): print(i)
text = """unterminated
still going
done"""
value = (1 +
    2) * 3
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
async def coro():
    await thing
lambda x: (yield)
x = 1 +* 2 (
    3)
print('a'); print('b');
if x:
    y = 1
  z = 2
result = func(arg) if cond else \
    other
del a, b
'''

lines = SAMPLE.split('\n')
starts = [i for i, line in enumerate(lines) if line and not line[0].isspace()
          and not line.startswith((')', ']', '}', '"', "'", 'still', 'done'))]
for a, b in zip(starts, starts[1:] + [len(lines)]):
    chunk = lines[a:b]
    for k in range(1, min(len(chunk), 12) + 1):
        source = '\n'.join(chunk[:k])
        for symbol in ('single', 'exec'):
            try:
                result = codeop.compile_command(source, '<input>', symbol)
                kind = 'incomplete' if result is None else 'complete'
            except (SyntaxError, ValueError, OverflowError) as e:
                kind = type(e).__name__
            print(a, k, symbol, kind)
