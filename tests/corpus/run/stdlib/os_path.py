# os.path (posixpath) string functions
import os.path as p
import posixpath

print(p is posixpath)
for a in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a', 'b', '')]:
    print(a, repr(p.join(*a)))
print(p.join(b'a', b'b'))
for s in ['', '/', '//', 'a', 'a/b', '/a/b/', 'a/b.c', '/x/y.tar.gz', '.bashrc', 'a/..b', '..', 'x/.', '///a//b']:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)), p.isabs(s), repr(p.normpath(s)))
for s in ['a/./b/../c', '../../x', '/../x', '//x//y/', '///x', 'a/b/../../..', './', 'a//b']:
    print(repr(s), repr(p.normpath(s)))
print(p.commonprefix(['interspecies', 'interstellar', 'interstate']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b/c', 'a/b/d', 'a/b']))
for bad in [[], ['/a', 'b']]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(p.relpath('a/b/c', 'a'), p.relpath('a', 'a/b/c'), p.relpath('x', 'x'), p.relpath('/a/b', '/c/d'))
print(p.abspath('x') == p.join(p.abspath('.'), 'x'), p.abspath('/a/../b'))
print(p.realpath('/a/./b/../c'))
print(p.expanduser('x/~'), p.splitdrive('/a/b'))
import os
os.environ['HOME'] = '/home/someone/'
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('~other/x'))
os.environ['SHARPY_V'] = 'val'
print(p.expandvars('$SHARPY_V/${SHARPY_V}/$NOPE_NOT_SET/${bad/$'))
try:
    p.join('a', 3)
except TypeError as e:
    print(e)
try:
    p.join('a', b'b')
except TypeError as e:
    print(e)
print(p.exists('definitely/not/here'), p.isdir('.'), p.isfile('.'), p.islink('.'), p.lexists('.'))
print(p.sep, p.curdir, p.pardir, p.extsep, p.pathsep)
