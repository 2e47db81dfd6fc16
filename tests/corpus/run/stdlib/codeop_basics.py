import codeop
srcs = ["x = 1", "if x:", "if x:\n    y = 1", "if x:\n    y = 1\n", "if x: y = 1", "if x: y = 1\n", "def f(", "x = (1,", "'''abc", "x = 1 +", "1 +* 2", "for i in range(3):\n    print(i)\n", "@dec", "x = '''", "a b", "if 1:\n  pass\n else:", "x = \\", "print(1)\nprint(2)", "  x", "", "# comment", "class A:\n    pass\n\n", "try:\n    pass\n", "[x for", "x = 1:", "1 +* 2 (", "match x:", "match = 3", "if x:\n    y = 1\n  z", "def f():\n    return 1\n\n", "x = 5\n", "while True:\n    pass\nelse:", "print(1);", "import os", "with open(x) as f:\n    pass\n", "class A:", "   ", "f(x for x in y)", "1/0", "\n", "if True:\n    x = 1\n\n", "a = [1,\n2,\n3]"]
for s in srcs:
    for sym in ('single', 'exec', 'eval'):
        try:
            r = codeop.compile_command(s, '<input>', sym)
            r = 'None' if r is None else 'code'
        except (SyntaxError, ValueError, OverflowError) as e:
            r = type(e).__name__
        print(repr(s), sym, r)
