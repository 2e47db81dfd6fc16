# netrc: parsing .netrc files (tokens, quotes, escapes, comments, macros) and its errors.
import netrc
import os
import tempfile

cases = [
    'machine host1 login log1 password pass1 account acct1\n'
    'default login deflt password defpw\n',
    '# comment line\nmachine h  # trailing comment\n  login "quoted user" password "p a\\"ss"\n'
    'macdef init\ncd /pub\nls\n\nmachine h2 user u2 password p\\ w\n',
    'machine #notcomment login x password y\n',
    'machine m login l password pw # note\nmachine n login a\n',
    'login x',
    'machine',
    'machine m bogus token',
    'macdef m\nline without end\n',
]
with tempfile.TemporaryDirectory() as d:
    for i, text in enumerate(cases):
        path = os.path.join(d, 'netrc%d' % i)
        with open(path, 'w') as f:
            f.write(text)
        try:
            n = netrc.netrc(path)
        except netrc.NetrcParseError as e:
            print('NetrcParseError', str(e).replace(d, 'D'), e.msg, e.lineno)
            continue
        print(n.hosts, n.macros)
        print(repr(n), end='')
        print(n.authenticators('host1'), n.authenticators('nowhere'))
    try:
        netrc.netrc(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
err = netrc.NetrcParseError('msg', 'f', 3)
print(str(err), err.args, netrc.__all__)
