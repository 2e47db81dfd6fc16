import code, codeop, io, sys, contextlib

lines = iter([
    'x = 10',
    'x * 2',
    'def f(n):',
    '    return n + 1',
    '',
    'f(x)',
    'for i in range(3):',
    '    print(i, end=" ")',
    '',
    '1/0',
    'x = (1,',
    '     2)',
    'x',
    'print(undefined)',
    'a b',
    '  y = 3',
    'import sys; sys.ps1',
    "s = '''multi",
    "line'''",
    's',
    'class A:',
    '    def __repr__(self): return "A()"',
    '',
    'A()',
    'raise ValueError("bad value")',
    '@staticmethod',
    'def g(): pass',
    '',
    'if True:',
    '    x = 5',
    'else:',
    '    x = 6',
    '',
    'x',
])

def reader(prompt):
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError
    print(prompt + line)
    return line

err = io.StringIO()
with contextlib.redirect_stderr(err):
    code.interact(banner='Welcome to the console', readfunc=reader, local={'__name__': '__console__'}, exitmsg='bye')
print(err.getvalue())

interp = code.InteractiveInterpreter({'v': 3})
print(interp.runsource('v + 1'))
print(interp.runsource('if v:'))
print(interp.runsource('v = v * 7', symbol='exec'), interp.locals['v'])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print(interp.runsource('1 +* 2', filename='<mine>'))
    print(interp.runsource('{}["missing"]'))
print(err.getvalue())

console = code.InteractiveConsole(filename='<demo>')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    for line in ['total = 0', 'for k in range(5):', '    total += k', '', 'print(total)', 'len(None)']:
        print(repr(line), console.push(line))
print(err.getvalue())
print(console.buffer, sorted(k for k in console.locals if not k.startswith('__')))

for src in ['x = 1', 'if x:', 'if x:\n    pass\n', '(1,', 'def f(', '"""doc']:
    r = codeop.compile_command(src)
    print(repr(src), 'incomplete' if r is None else type(r).__name__)
try:
    codeop.compile_command('1 2')
except SyntaxError as e:
    print('SyntaxError', e.msg)
cc = codeop.CommandCompiler()
print(cc('from __future__ import annotations') is not None, cc('x: int = 1') is not None)

err = io.StringIO()
class Hooked:
    pass
with contextlib.redirect_stderr(err):
    console = code.InteractiveConsole()
    console.interact(banner='', exitmsg='')
print(repr(err.getvalue()))
