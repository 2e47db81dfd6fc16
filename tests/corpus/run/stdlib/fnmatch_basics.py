# fnmatch: matching, filtering, and the exact regular expressions translate() produces.
import fnmatch

for pat in ['*.py', 'a*b*c', '[!a-c]?x', '[]]', '[a-', '*', '**', 'a[b', 'x*y*z*', '[!]x]', '[\\]',
            '[a-z-]', '[z-a]x', '[&&]', '?', 'data_[0-9][0-9].csv', 'a.b', '[!]']:
    print(repr(pat), fnmatch.translate(pat))
names = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', '.hidden.py', 'data_01.csv', 'data_1.csv', 'Makefile']
for pat in ['*.py', 'test_*', '*.[cm][fd]*', 'data_[0-9][0-9].csv', '[!.]*.py', '?akefile', '*']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch('ABC', 'a*'), fnmatch.fnmatchcase('ABC', 'a*'), fnmatch.fnmatchcase('abxc', 'a*b*c'))
print(fnmatch.fnmatch('x]', '[!]]]'), fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('', '*'), fnmatch.fnmatch('a/b', '*'))
print(fnmatch.fnmatch(b'abc', b'a?c'), fnmatch.filter([b'x.py', b'y.c'], b'*.py'))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError')
