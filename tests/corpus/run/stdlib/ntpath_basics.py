# ntpath (Windows path rules on any OS), genericpath, nturl2path.
import genericpath
import ntpath
import nturl2path

print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.curdir, ntpath.pardir, ntpath.defpath, ntpath.devnull)
print(sorted(ntpath.__all__) == sorted(set(ntpath.__all__)), len(ntpath.__all__), genericpath.__all__)
cases = ['c:\\foo\\bar', 'c:/foo/bar', '\\\\server\\share\\dir\\f.txt', '//server/share', '//server',
         '\\\\?\\UNC\\srv\\shr\\x', '\\\\.\\device\\x', 'foo\\bar\\', 'C:', 'C:foo', '\\foo', '',
         'a/b\\c.tar.gz', '.bashrc', 'dir\\..file', 'c:\\', '\\\\server\\share\\']
for p in cases:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.isabs(p),
          repr(ntpath.basename(p)), repr(ntpath.dirname(p)))
for p in ['A//B', 'A/./B', 'A/foo/../B', 'c:\\..\\x', '..\\..\\a', 'c:..\\a\\..\\..', '\\\\srv\\shr\\..\\x',
          '', '.', './', 'a\\.\\', 'C:/a//b/../../..', b'c:\\a\\..\\b']:
    print(repr(p), repr(ntpath.normpath(p)))
for args in [('c:', 'foo'), ('c:\\', 'foo'), ('a', 'b', 'c'), ('a\\', '\\b'), ('c:\\a', 'd:b'),
             ('c:\\a', 'C:b'), ('c:a', 'C:\\b'), ('\\\\srv\\shr', 'x'), ('a', ''), ('', 'a'),
             ('c:', 'D:\\x', 'y'), ('/a', 'c:b'), (b'a', b'b')]:
    print(args, repr(ntpath.join(*args)))
print(ntpath.normcase('A/B\\C'), ntpath.normcase(b'X/Y'))
print(ntpath.commonpath(['C:\\Foo\\bar', 'c:/foo/baz']), ntpath.commonpath(['a\\b', 'a/b/c', 'A/./b/d']))
for bad in [[], ['c:\\a', 'a'], ['c:\\a', 'd:\\a']]:
    try:
        ntpath.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)
print(ntpath.commonprefix(['abc', 'abd', 'ab']), ntpath.commonprefix([]), ntpath.commonprefix([[1, 2], [1, 3]]))
print(ntpath.relpath('c:\\a\\b\\c', 'c:\\a\\d'), ntpath.relpath('C:\\A\\b', 'c:\\a'), ntpath.relpath('c:\\a', 'c:\\a'))
for bad in [('c:\\a', 'd:\\b'), ('',)]:
    try:
        ntpath.relpath(*bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: ntpath.join('a', b'b'), lambda: ntpath.join('a', 3), lambda: ntpath.relpath(b'a', 'b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(ntpath.isabs('/x'), ntpath.isabs('c:x'), ntpath.isabs(b'c:\\x'))
print(ntpath.ismount('c:\\'), ntpath.ismount('\\\\srv\\shr'), ntpath.ismount('c:\\x'))
print(ntpath.abspath('c:\\x\\..\\y'), ntpath.realpath('d:\\q'))
import os
os.environ['NTP_VAR'] = 'val'
os.environ.pop('NTP_MISSING', None)
for p in ['$NTP_VAR\\x', '${NTP_VAR}y', '%NTP_VAR%z', "'$NTP_VAR'", '$$', '%%', '%NTP_MISSING%', '$NTP_MISSING',
          '${NTP_VAR', '%NTP_VAR', "'unterminated $NTP_VAR", '$', 'a$-b', 'none']:
    print(repr(p), repr(ntpath.expandvars(p)))
for key in ['USERPROFILE', 'HOMEPATH', 'HOMEDRIVE', 'USERNAME']:
    os.environ.pop(key, None)
print(ntpath.expanduser('~\\x'))
os.environ['USERPROFILE'] = 'C:\\Users\\me'
os.environ['USERNAME'] = 'me'
print(ntpath.expanduser('~\\x'), ntpath.expanduser('~bob/y'), ntpath.expanduser('x~'), ntpath.expanduser(b'~'))
print(genericpath._splitext('a/.b.c', '/', None, '.'), genericpath.exists('/'), genericpath.isdir('/nonexistent'))

for url in ['///C|/foo/bar/spam.foo', '///C:/foo/bar/spam%20x.foo', '////host/share/a%2Fb', '/a/b', 'c|/', 'c:']:
    print(repr(url), repr(nturl2path.url2pathname(url)))
for p in ['C:\\foo\\bar\\spam x.foo', '\\\\host\\share\\x', 'a\\b', '\\\\?\\C:\\x', '\\\\?\\UNC\\srv\\s', 'c:']:
    print(repr(p), repr(nturl2path.pathname2url(p)))
for bad in [lambda: nturl2path.url2pathname('a|b|c'), lambda: nturl2path.pathname2url('ab:c'),
            lambda: nturl2path.pathname2url('\\\\?\\xyz')]:
    try:
        bad()
    except OSError as e:
        print('OSError', e)
