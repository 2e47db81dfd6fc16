cases = ['print(1);', 'x=1; y=2;', 'if 1: pass', 'if 1:\n  pass', 'if 1:\n  pass\n', '', '  ', '\n', '# c', 'x = 1 + \\', '1 +', '(1,', 'def f():', 'x=1\ny=2', 'x=1\n\n', 'for i in []: pass\nelse: pass', 'if 1:\n  x=1\n y=2', '"""abc', 'a b', '1;;', 'if 1:\n\tpass']
for s in cases:
    try:
        c = compile(s, '<s>', 'single'); print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    for m in ('exec', 'eval'):
      try:
        c = compile(s, '<s>', m); print(' ', m, 'ok')
      except SyntaxError as e:
        print(' ', m, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

for s in ['1 +\n', '1 +\n\n', '(1 +\n', '1 + # c', 'x =', 'x = \n', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'class A:\n  def f(self):\n    pass', 'while 0:\n pass\nelse:\n pass\n', '@d\ndef f(): pass\n', 'x = 1\n', 'try:\n  pass\nfinally:\n  pass', 'match x:\n case 1: pass']:
  for m in ['eval','single']:
    try: compile(s,'s',m); print(repr(s), m, 'ok')
    except SyntaxError as e: print(repr(s), m, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

from codeop import compile_command
for s in ['print(1);', 'if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'x = (1,', 'def f():\n  return 1\n', 'a b', '1 +', 'x = 1 + \\', '"""abc', '@d', 'for i in x:\n pass\nelse:', 'x=1;', '', '# c', 'class A: pass', 'class A: pass\n']:
    try:
        r = compile_command(s)
        print(repr(s), 'None' if r is None else 'code')
    except SyntaxError as e:
        print(repr(s), 'SE', e.msg, e.lineno, e.offset)
