import re

# A tokenizer in the style of the re docs (named groups, lastgroup, finditer, MULTILINE).
TOKENS = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/]'),
          ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok_re = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
for mo in tok_re.finditer('x := 3.5 + y1\nz := x * 2 $'):
    kind = mo.lastgroup
    if kind in ('SKIP',):
        continue
    print(kind, repr(mo.group()), mo.start(), mo.lastindex)

date_re = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    -(?P<day>\d\d)    # day
""", re.VERBOSE)
m = date_re.search('on 2023-07-14 we')
print(m.groupdict(), m.span('month'), date_re.sub(r'\g<day>/\g<month>/\g<year>', 'a 2020-01-02 b 1999-12-31'))
print(date_re.groupindex, date_re.groups, date_re.flags)

# Greedy vs lazy, alternation, backtracking.
print(re.findall(r'<.*>', '<a><b>'), re.findall(r'<.*?>', '<a><b>'), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hello'), re.findall(r'(?m)^\s*#.*$', 'x\n  # c1\ny # no\n# c2'))
print(re.split(r'(\d)(x)?', 'a1b2xc'), re.split(r'\s+', '  lead and trail  '), re.split('', 'abc'))
print(re.sub('', '-', 'abc'), re.subn(r'\b', '|', 'ab cd'), re.sub('a|(b)', r'[\1]', 'abab', 3))
print(re.findall(r'\b\w', 'the quick  brown'), re.findall(r'\B\w', 'ab cd'))
p = re.compile(r'\d')
print(p.findall('1a2b3c4', 2, 5), list(m.span() for m in p.finditer('1a2b3', 1)), p.split('a1b2c'), p.subn('#', 'a1b2'))
print(p.search('abc') is None, p.match('1x').group(), p.fullmatch('12'), p.fullmatch('12', 1))
print(re.match(r'^$', ''), re.search('$', 'ab\n').span(), re.findall('$', 'a\nb\n', re.M), re.search(r'\A\w', 'ab').group())
m = re.match(r'(?P<a>x)?(?P<b>y)', 'y')
print(m.groups(), m.groupdict('-'), m.group('a', 'b', 0), m.start('a'), m.span('a'), m.regs)
print(re.search(r'[^a-z]+', 'abcDEF1g').group(), re.search(r'[\w.-]+@[\w.-]+\.\w+', 'mail: j.doe-x@ex.co.uk!').group())
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $7'), re.findall(r'\d+(?!\d|px)', '10px 20em 3'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub('x', lambda m: '', 'axbx'))
print(re.escape('http://example.com/a?b=1&c=[2]'), re.search(re.escape('1+1=2'), 'is 1+1=2?').span())
print(re.findall(rb'[\x80-\xff]+', b'ab\xe9\xff c'), re.match(rb'\w+', b'caf\xe9').group(), re.compile(rb'\d', re.I))
print(re.search('É', 'été É', re.I).span(), re.findall('[à-ÿ]+', 'garçon déjà'), re.fullmatch(r'\w+', 'naïve_42'))
print(re.findall(r'\s', 'a\u00a0b\tc'), re.findall(r'\s', 'a\u00a0b\tc', re.A))
print(re.match(r'(a)(?P<n>b)(c)', 'abc').groupdict(), re.compile(r'(a)(?P<n>b)(c)').groupindex)
print(re.match(r'(\d+)\.(\d+)', '3.14').group(2, 1), re.match('a', 'a').groups(), re.match('(a)|(b)', 'b').lastindex)
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), re.purge())
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa a aa'), re.findall(r'a{,2}', 'aaa'), re.findall('x{1', 'x{1'))
print(re.sub(r'\\', '/', r'a\b\c'), re.findall(r'[.]', 'a.b'), re.findall('[\\]\\[]', '[x]'), re.findall(r'\(\w+\)', 'f(x) g(yy)'))
print(re.search('a.c', 'abc😀') , re.search(r'😀(\w)', 'x😀y').span(1), re.sub('😀', '!', '😀a😀'), re.split('😀', 'a😀b'))
text = 'He was carefully disguised but captured quickly by police.'
print([(m.start(), m.end(), m.group(0)) for m in re.finditer(r'\w+ly\b', text)])
print(re.match(r'(?s)a.b', 'a\nb') is not None, re.match(r'(?x) a  b  c', 'abc'), re.match(r'(?i)(?m)^x', 'X'))
print(re.compile(r'\w+', re.I | re.S | re.M | re.X | re.A), re.compile('x', re.U), re.compile(b'x', re.L))
print(re.findall(r'(?a:\w+) \w+', 'é1 éé'), re.findall(r'(?x: a b ) c d', 'abc d'), re.compile('(?x: a)b').flags)
print(re.findall(r'(?u:\w)\w', 'éé ée', re.A), re.search(r'(?-i:a)b', 'aB', re.I), re.search(r'(?i:a(?-i:b))', 'Ab'))
print(re.compile(r'(?a:x)').flags, re.findall(r'(?a:\b)x', 'éx x'))
