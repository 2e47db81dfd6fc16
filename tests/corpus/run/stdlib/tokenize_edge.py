import io, tokenize, token
cases = [
    "x = 1",
    "x = 1\r\ny = 2\r\n",
    "if x:\n\ty = 1\n        z = 2\n",
    "def f():\n  return 1\n # comment\n\n",
    "s = '''abc\ndef''' + \"x\"\n",
    "s = 'abc\\\ndef'\n",
    "s = 'abc\n",
    "s = '''abc\n",
    "x = (1,\n 2\n",
    "if 1:\n    x\n  y\n",
    "x = 1 $ 2 ?\n",
    "\u00e9t\u00e9 = 3\n",
    "a = 0x_1 + 1_000.5e-3j + 0o7 + 0b1 + .5 + 1.\n",
    "f'{x!r:>{w}}' rb'x' Br\"y\" u'z'\n",
    "x = 1 \\\n  + 2\n",
    "@dec\nasync def f(): await x\n",
    "a->b; c:=d; e**=f; g//=h; ...\n",
    "   \n",
    "# only a comment",
    "x = 1\n# trailing comment",
    "\x0cx = 1\n",
    "",
    "  x = 1\n",
    "x = '\\\n",
]
for src in cases:
    print('===', repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
    except Exception as e:
        print(type(e).__name__, e.args)
    try:
        toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
        print(tokenize.untokenize(toks) == src.encode(), tokenize.untokenize([t[:2] for t in toks]))
    except Exception as e:
        print(type(e).__name__, e.args)
for data in [b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n', b'\n# coding=utf-8\n',
             b'#!/usr/bin/python\n# vim: set fileencoding=ascii :\nx\n', b'# coding: bogus\n',
             b'\xef\xbb\xbf# coding: latin-1\n', b'x = "\xff"\n', b'']:
    try:
        enc, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
        print(enc, lines)
        print([ (t.type, t.string) for t in tokenize.tokenize(io.BytesIO(data).readline)])
    except Exception as e:
        print(type(e).__name__, e)
t = tokenize.TokenInfo(token.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type, token.tok_name[t.exact_type], t._fields)
print(tokenize.TokenError.__mro__, tokenize.tabsize)
print(tokenize.__all__ == ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + [n for n in token.__all__[4:]] + ["tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"])
