# sre_constants / sre_parse / sre_compile: deprecated shims with the engine's constants.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sre_constants
    import sre_parse
    import sre_compile
print([(w.category.__name__, str(w.message)) for w in caught])
import re

c = sre_constants
print(c.MAGIC, repr(c.MAXREPEAT), int(c.MAXREPEAT), c.MAXGROUPS, c.error is re.error)
print(c.OPCODES)
print(c.ATCODES)
print(c.CHCODES)
print(repr(c.LITERAL), int(c.LITERAL), c.LITERAL + 1, isinstance(c.ANY, int), c.BRANCH.name, repr(c.MIN_REPEAT), int(c.MAX_REPEAT))
print(c.OP_IGNORE, c.AT_MULTILINE, c.AT_UNICODE)
print(c.CH_LOCALE)
print(c.CH_UNICODE)
print({k: v for k, v in sorted(vars(c).items()) if k.startswith('SRE_')})
print(sre_parse.FLAGS, sre_parse.TYPE_FLAGS, sre_parse.GLOBAL_FLAGS, sre_parse.SPECIAL_CHARS, sre_parse.REPEAT_CHARS)
print(sorted(sre_parse.WHITESPACE), len(sre_parse.ASCIILETTERS), sorted(sre_parse.OCTDIGITS), sre_parse.MAXWIDTH)
print(sre_parse.fix_flags('a', 0), sre_parse.fix_flags(b'a', 0), sre_parse.fix_flags('a', re.A), sre_parse.fix_flags(b'a', re.L))
for args in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'a', re.A | re.L)]:
    try:
        sre_parse.fix_flags(*args)
    except ValueError as e:
        print('ValueError', e)
print(sre_compile.isstring('a'), sre_compile.isstring(b'a'), sre_compile.isstring(1), sre_compile.MAXCODE)
p = sre_compile.compile('a+b', re.I)
print(p, p.match('AAB').group(), sre_parse.error is re.error)
try:
    sre_compile.compile('(')
except sre_constants.error as e:
    print('error', e)
