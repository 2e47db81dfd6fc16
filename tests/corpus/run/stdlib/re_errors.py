import re
bad = ['(a', 'a)', '*a', 'a**', '[a', 'a\\', r'\q', '(?<x>a)', '(?P<1a>x)', '(?P=nope)', r'(a)\2', '[z-a]',
       'a(?i)b', '(?P<a>x)(?P<a>y)', 'a{3,2}', r'\x4', '(?z)', 'ab(c', '(a(b', r'\8', '(?#abc', '+', '(?', '(?P',
       '(?Px)', 'x|*', r'[\d-z]', 'a\n(b', '(?:', r'\u12', r'(a\1)', '(?(2)a|b)', '(?(x)a|b)', '\\N']
for p in bad:
    try:
        re.compile(p)
        print('ok?', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for args in [('a', 1), (b'a', 'a'), ('a', b'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for repl in [r'\g<x>', r'\3', r'\q', r'\g<', r'\g<a', r'\g<1a>', '\\']:
    try:
        print(re.sub('(?P<n>a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.match('(a)', 'a').group(5)
except IndexError as e:
    print('IndexError', e)
try:
    re.match('(a)', 'a').group('zz')
except IndexError as e:
    print('IndexError', e)
try:
    re.compile('a', re.LOCALE)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(isinstance(re.error('x'), Exception), re.error.__name__, re.error.__module__)
print(re.search(r"\N{LATIN SMALL LETTER A}+", "xaa"))
for p in ['(?iz)', '(?i', '(?-i)', '(?i-:a)', 'a{1,2}{3}', '(?x) a b # c', '(?a)\\w', 'x(?u)']:
    try: print(re.compile(p))
    except re.error as e: print(e)
