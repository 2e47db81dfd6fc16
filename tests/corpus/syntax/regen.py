"""Regenerates the expected outputs of the syntax corpus with CPython 3.11.

    PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3.11 tests/corpus/syntax/regen.py

valid/NAME.py   -> valid/NAME.ast   (ast.dump(ast.parse(src), include_attributes=True, indent=1))
INVALID below   -> invalid.json     (the SyntaxError's type, msg, lineno, offset, end_lineno, end_offset)
SNIPPETS below  -> snippets.json    (every mode, type comments: dump with attributes, or the error)
"""
import ast, json, os, sys

assert sys.version_info[:2] == (3, 11), 'run with python3.11'
HERE = os.path.dirname(os.path.abspath(__file__))

INVALID = [
    # generic and bracket errors
    "x = = 1\n", "a b\n", "f(a b)\n", "[1 2]\n", "x = (1,\n", "x = [1, 2\ny = 3\n", "foo(\n", "{1: 2\n",
    "x = )\n", "x = 1 +\n", "def f(:\n", "class\n", "import\n", "from x import\n", "from x import a,\n",
    # expected ':'
    "if x\n    pass\n", "while x\n    pass\n", "for x in y\n    pass\n", "def f()\n    pass\n",
    "class A\n    pass\n", "with a\n    pass\n", "try\n    pass\n",
    # indentation
    "if x:\npass\n", "def f():\nreturn\n", "class A:\nx = 1\n", "for x in y:\nz\n", "while x:\nz\n",
    "try:\nx\n", "try:\n    x\nexcept:\ny\n", "try:\n    x\nfinally:\ny\n", "with a:\nb\n",
    "if x:\n    pass\nelse:\ny\n", "if x:\n    pass\nelif y:\nz\n",
    "  x = 1\n", "if x:\n    a\n  b\n", "x = 1\n    y = 2\n",
    "try:\n    pass\nx = 1\n",
    # assignment targets
    "f() = 1\n", "1 = x\n", "a + b = c\n", "(a, f()) = x\n", "[a, 1] = x\n", "None = 1\n", "True = 1\n",
    "x + 1 += 1\n", "f() += 1\n", "(a, b) += 1\n", "a, b: int\n", "[a]: int\n", "f(): int = 1\n",
    "del f()\n", "del 1\n", "del *a\n", "for f() in x: pass\n", "for 1 in x: pass\n",
    "with a as f(): pass\n", "x = yield = 1\n", "(yield) = 1\n", "lambda: 1 = 1\n", "a if b else c = 1\n",
    "f() = 1 = 2\n", "x, *y, = f() = 1\n",
    # calls
    "f(a=1, b)\n", "f(**a, b)\n", "f(**a, *b)\n", "f(a for a in b, c)\n", "f(a.b=1)\n", "f(True=1)\n",
    "f(x for x in y, )\n",
    # walrus and named expressions
    "(a.b := 1)\n", "(a[0] := 1)\n", "if x = 1: pass\n", "[x = 1]\n",
    # literals and tokens
    "1_000_\n", "0b2\n", "1__0\n", "x = 'abc\n", "x = '''abc\n", "x = $\n", "x = 1 ? 2\n",
    "'a' b'c'\n", "x = '\\x1'\n", "x = b'\\x1'\n", "b'\xe9'\n", "x = 1e\n", "0x\n", "012\n",
    # f-strings
    "f'{}'\n", "f'{x!z}'\n", "f'{x'\n", "f'}'\n", "f'{a b}'\n", "f'{#}'\n", "f'{a:{b:{c}}}'\n",
    "f'{x!}'\n", "f'{)}'\n", "f'{x\\n}'\n",
    # misc statements
    "print 'hello'\n", "exec 'x'\n", "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(/): pass\n",
    "def f(a, /, b, /): pass\n", "def f(*a, *b): pass\n", "def f(**a, b): pass\n", "lambda a=1, b: 0\n",
    "try:\n    pass\nexcept* :\n    pass\n", "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
    "try:\n    pass\nexcept A, B:\n    pass\n", "x = 1 if 2\n", "a[1:2:3:4]\n", "import a.b as\n",
    "match x:\n    case 1\n        pass\n", "match x:\n    case _ as _:\n        pass\n",
    "match x:\n    case a as 1:\n        pass\n", "match x:\n    case C(a=1, 2):\n        pass\n",
    "return return\n", "x = *a\n", "print(*a for a in b)\n", "@\ndef f(): pass\n",
    "{1: 2, 3}\n", "{1: 2, 3:}\n", "nonlocal\n", "global 1\n", "async x = 1\n",
    "-" * 6000 + "1\n", "not " * 6000 + "x\n", "lambda:" * 3000 + "1\n", "2**" * 3000 + "1\n",
    # second-pass (invalid_*) rules
    "X=None, Y=1j\n", "3=\n", "C()=FORMAT-\n", "x = f() = 1 +\n", "x = 1 +\n", "x = 1, y = 2\n",
    "[x, y for x in z]\n", "[x, for x in z]\n", "{1: *a}\n", "{**a for a in b}\n", "{1:}\n",
    "def f((a, b)): pass\n", "def f(a, (b)): pass\n", "lambda (a): 1\n", "lambda (None,): None\n",
    "def f(a=, b): pass\n", "lambda a,d=,c: None\n", "lambda a=: 1\n", "def f(a, /*, b): pass\n",
    "def f:\n", "def f() x:\n pass\n", "for x in y z:\n pass\n", "class A x:\n pass\n",
    "try:\n  pass\nexcept\n  pass\n", "try:\n  pass\nexcept A, B, C as e:\n  pass\n",
    "try: pass\nexcept ValueError: pass\nexcept*: pass\n", "with a as b\n", "with (a as b)\n  pass\n",
    "match x\n  case 1:\n    pass\n", "match(x)\n", "match ...:\n    case {**_}:\n       ...\n",
    "AssertionError not raised by x\n", "async = 12\n", "def g(): f(yield 1)\n", "for i < (): pass\n",
    "dict(a = i for i in range(10))\n", "f(**x, *)\n", "class C(x for x in L):\n    pass\n",
    "if True:\n    print('Hello'\n\nif 2:\n   print(123))\n", "with (lambda *:0): pass\n",
    "f'{**a}'\n", "f'{ !r}'\n", "f'{:x}'\n", "f'{=}'\n", "f'x{<'\n", "\n\nf'{.}'\n",
    "f'''\n{\na b}'''\n", "print(f'{a:{b c}}')\n", "x = (1, 2\n", "x = [\n1,\n2\n", "1_000_000_\n",
    "f'''\n{\n(123_a)\n}'''\n", "f'{123_a}'\n", "x = f'{a b}'\n", "single\nline = 1 +\n",
    "a{b\n", "10{\n", "def f(:\n", "x = " + "1" * 4301 + "\n", "x = 0x" + "f" * 5000 + "\n",
]


SNIPPETS = [  # (source, mode, type_comments)
 ("1 + 2", "eval", False), ("1,", "eval", False), ("x for x in y", "eval", False), ("(yield)", "eval", False), ("1\n\n", "eval", False),
 ("a, *b", "eval", False), ("lambda: 1", "eval", False), ("", "eval", False), ("1; 2", "eval", False), ("x = 1", "eval", False),
 ("x = 1\n", "single", False), ("if x:\n  pass\n", "single", False), ("if x:\n  pass\n\n", "single", False), ("1; 2\n", "single", False),
 ("\n", "single", False), ("", "single", False), ("x = 1\ny = 2\n", "single", False), ("@d\ndef f(): pass\n", "single", False),
 ("() -> int", "func_type", False), ("(int, str) -> List[int]", "func_type", False), ("(*int) -> None", "func_type", False),
 ("(**int) -> None", "func_type", False), ("(*a, **b) -> None", "func_type", False), ("(a,) -> b", "func_type", False),
 ("x = 1  # type: int\n", "exec", True), ("for x in y:  # type: int\n  pass\n", "exec", True),
 ("with a as b:  # type: int\n  pass\n", "exec", True), ("def f(a,  # type: int\n      b,  # type: str\n      ):\n  # type: (...) -> None\n  pass\n", "exec", True),
 ("def f(a, b):  # type: (int, str) -> None\n  pass\n", "exec", True), ("x = 1  # type: ignore\n", "exec", True),
 ("# type: ignore\nx = 1\n", "exec", True), ("async def f():  # type: () -> None\n  pass\n", "exec", True),
 ("x = f'{a!r:>{w}}' 'abc' f'{b=}'\n", "exec", False), ("f'''{\na\n}'''\n", "exec", False), ("x = 1 \\\n  + 2\n", "exec", False),
 ("x = '\\N{GREEK SMALL LETTER ALPHA}'\n", "exec", False), ("x = b'\\N{x}'\n", "exec", False), ("x = '\\777'\n", "exec", False),
 ("f'{a}' f'{b}' '{c}'\n", "exec", False), ("f'{x:%H:%M}'\n", "exec", False), ("f'{x!r:}'\n", "exec", False),
 ("f'{\"a\"!r}'\n", "exec", False), ("f'{3!r}' rb''\n", "exec", False), ("rf'{a}\\{b}'\n", "exec", False),
 ("f'{a:{b}{c}d}'\n", "exec", False), ("x = f'''{\n  a\n  +\n  b\n}'''\n", "exec", False), ("f'é{a}'\n", "exec", False),
 ("def f(*, a=1, b): pass\n", "exec", False), ("lambda *a, b=1, **c: 0\n", "exec", False), ("print(*a, *b, c=1, **d)\n", "exec", False),
 ("x[a:b, c:d]\n", "exec", False), ("x[1:2][3]\n", "exec", False), ("global x\n", "exec", False), ("x = (\n  1\n)\n", "exec", False),
 ("class A(B, metaclass=M): pass\n", "exec", False), ("match x:\n case {'a': 1, **r}: pass\n", "exec", False),
 ("match x:\n case A.B(c, d=e) | [1, *_] | (f as g): pass\n", "exec", False),
 ("match x:\n case -1j | 1 - 2j | 'a' 'b' | b'c': pass\n", "exec", False),
 ("with (open(a) as f, open(b) as g,): pass\n", "exec", False), ("del (a), [b], c.d\n", "exec", False),
 ("x: 'int' = 3\n(x): int\n", "exec", False), ("a = b = c\n", "exec", False), ("if (a := 1): pass\n", "exec", False),
]


def snippet(src, mode, type_comments):
    try:
        exp = ast.dump(ast.parse(src, mode=mode, type_comments=type_comments), include_attributes=True)
    except SyntaxError as e:
        exp = f"ERROR {type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset}) {e.text}"
    return {'source': src, 'mode': mode, 'type_comments': type_comments, 'expected': exp}


def expectation(src):
    try:
        ast.parse(src)
        return {'source': src, 'type': None}
    except SyntaxError as e:
        return {'source': src, 'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    except (MemoryError, RecursionError) as e:
        return {'source': src, 'type': type(e).__name__}


def main():
    valid = os.path.join(HERE, 'valid')
    for name in sorted(os.listdir(valid)):
        if name.endswith('.py'):
            with open(os.path.join(valid, name), 'rb') as f:
                tree = ast.parse(f.read(), name)
            with open(os.path.join(valid, name[:-3] + '.ast'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(ast.dump(tree, include_attributes=True, indent=1) + '\n')
    with open(os.path.join(HERE, 'snippets.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump([snippet(*s) for s in SNIPPETS], f, indent=1, ensure_ascii=True)
        f.write('\n')
    cases = [expectation(src) for src in INVALID]
    with open(os.path.join(HERE, 'invalid.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(cases, f, indent=1, ensure_ascii=True)
        f.write('\n')


if __name__ == '__main__':
    main()
