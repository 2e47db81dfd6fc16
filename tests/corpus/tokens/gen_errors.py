"""Writes errors.json: tokenizer-level SyntaxErrors as python3.11's compile(src, 'f.py', 'exec') reports
them. Every snippet's first error comes from the tokenizer (checked by the C# test against
Tokenizer.Error). Run: PYTHONHASHSEED=0 python3.11 gen_errors.py"""
import json, os, sys, warnings

SNIPPETS = [
    '"abc', "x = 'abc\n", 'x = """abc\n\ny', "b'''abc", 'x = f"abc', 'x = "é€" + "abc',
    '(1,\n2', 'x = (', 'foo(1, [2,\n3', '{\n\n', 'x = \\\n', 'x = \\', '(1, \\\n',
    'x = )', 'x = ]', '}', '(]', '(\n]', '[1, 2)', '{1: (2]}', 'f(a, b]\n',
    '1_a', '1__0', '0o8', '0o1_', '0o', '0x', '0xg', '0b2', '0b', '0b1_', '0_7', '012', '00012', '09.5z',
    '1e', '1e+', '1.5e-x', '1_000_', '1.e5_', '1a', '0x1z', '0o7a', '0b1a', '1ja', '1.5ja', '1_j',
    '0_', '0_a', '1.2.3', '5.j_',
    'if x:\n    a\n  b\n', 'if x:\n\ta\n        b\n', 'if x:\n        a\n\tb\n', 'if x:\n  \ta\n\t  b\n',
    'class A:\n  def f():\n      pass\n    x = 1\n',
    'x = 1 \\ 2', 'x = 1 \\x', 'x = \\ \n', 'a = \\é',
    'x = €', 'é€ = 1', 'ab€c = 1', 'x = a\xa0b', 'x = \x01', 'x = a\u200bb', '\u00a0x = 1',
    'x = 1 $ 2', 'print(`x`)', 'x = 1\ny = 2 ?\n',
    'x = 😀', 'def f():\n    return 1 ∞ 2\n', 'x = "a"\ny = "b\n',
    '(' * 200, '(' * 201, 'x = ' + '[' * 150 + '(' * 60, '[' * 199 + ']' * 199 + ')',
    "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n",
    'x = 1\n\tif x:\n', 'if x:\n  pass\n \tpass\n',
    '"""\n\n\n"', "x = '''\n'", 'x = (1,\n  2,\n  3\n', '[\n(\n{\n',
    '# comment\nx = (1\n# c\n', 'f"{x"', 'x = rb"abc', 'x = Rb"abc\n', 'x = bR"', 'x = u"\n',
    'if True:\n    x = 1\n   y = 2\n',
    'x = 1if y else 2\n', 'x = 1 if 2else 3', '[0x1for x in y]', '1in x', '1or 2', '1and 2', '0x1for', '1not in x',
    'x = (1,\n 2) $', 'a\n  b\n c\n', 'x = "abc" €', 'def f(\n\t€)', '\ufeffx = 1\ny = $',
    'x = 1\r\ny = "abc\r\n', 'if x:\r    y\r  z\r',
    'if x:\n  a\n    \\\n  b\n', '  \\\nx=1\n', 'if x:\n    \\\n  pass\n', 'x = 1\n\\\n\n', 'if x:\n    \\ y\n',
    'if x:\n    \\', '\x0c  x = 1\n', 'if x:\n    \\\n\n    pass\n', 'if x:\n  \x0cy\n',
]

out = []
for src in SNIPPETS:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "f.py", "exec")
            entry = {"src": src, "ok": True}
        except SyntaxError as e:
            entry = {"src": src, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                     "text": e.text, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    entry["warnings"] = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
    out.append(entry)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "errors.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
    f.write("\n")
print(len(out))
