# configparser: reading, lookups with fallbacks and conversions, interpolation, writing, errors.
import configparser
import io
import os
import tempfile


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


TEXT = """\
# global settings
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
; a comment
path = /srv/%(user)s/repo
ratio: 0.75

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    after blank
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), cp.defaults())
print(cp.options('forge.example'))
print(cp.get('forge.example', 'path'), cp.get('forge.example', 'path', raw=True))
print(cp.getint('topsecret.server.example', 'port'), cp.getfloat('forge.example', 'ratio'))
print(cp.getboolean('forge.example', 'forwardx11'), cp.getboolean('topsecret.server.example', 'ForwardX11'))
print(repr(cp.get('topsecret.server.example', 'multi')), repr(cp['topsecret.server.example']['empty']))
print(cp.get('forge.example', 'missing', fallback='fb'), cp.getint('nosection', 'x', fallback=-1))
print(cp.get('forge.example', 'user', vars={'user': 'override'}))
print(cp.items('forge.example'))
print(cp.items('forge.example', raw=True))
print(list(cp), len(cp), 'forge.example' in cp, 'nope' in cp)
section = cp['forge.example']
print(section, section.name, section.parser is cp, list(section), len(section))
print(section['user'], section.get('nothing'), section.get('nothing', 'dflt'), section.getint('compressionlevel'))
print('user' in section, 'USER' in section, 'nothing' in section)
print(dict(cp['DEFAULT']))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'), cp.has_option('forge.example', 'Compression'))
print(cp.has_option(None, 'compression'), cp.has_option('nope', 'x'))
show(cp.get, 'nosection', 'x')
show(cp.get, 'forge.example', 'nooption')
show(cp.getint, 'forge.example', 'user')
show(cp.getboolean, 'forge.example', 'user')
show(lambda: cp['missing'])
show(lambda: cp['forge.example']['missing'])

# mutation
cp.add_section('new')
cp.set('new', 'Key', 'value with %% percent')
cp['new']['other'] = '1'
cp['dict section'] = {'a': 1, 'b': 'two'}
print(cp.get('new', 'key'), cp.get('new', 'key', raw=True), dict(cp['dict section']))
show(cp.add_section, 'new')
show(cp.add_section, 'DEFAULT')
show(cp.add_section, 5)
show(cp.set, 'new', 'k', 5)
show(cp.set, 'nosuch', 'k', 'v')
show(cp.set, 'new', 'bad', '%(unclosed')
show(cp.set, 'new', 'bad', 'percent % alone')
print(cp.remove_option('new', 'other'), cp.remove_option('new', 'other'), cp.remove_section('new'), cp.remove_section('new'))
show(cp.remove_option, 'nosuch', 'x')
del cp['dict section']
show(cp.__delitem__, 'DEFAULT')
show(cp.__delitem__, 'nope')

# writing
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])

# interpolation errors
bad = configparser.ConfigParser()
bad.read_string("""
[s]
missing = %(nothere)s
loop = %(loop)s
syntax = %(oops
percent = 100%
""")
show(bad.get, 's', 'missing')
show(bad.get, 's', 'loop')
show(bad.get, 's', 'syntax')
show(bad.get, 's', 'percent')
show(bad.items, 's')

# extended interpolation
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
home = /home/${user}
user = alice
cost = $$5
[other]
where = ${paths:home}/docs
bad = ${paths:nope}
worse = ${a:b:c}
""")
print(ext.get('paths', 'home'), ext.get('paths', 'cost'), ext.get('other', 'where'))
show(ext.get, 'other', 'bad')
show(ext.get, 'other', 'worse')

# raw parser, no interpolation
raw = configparser.RawConfigParser()
raw.read_string("[r]\nv = %(x)s and 100%\n")
print(raw.get('r', 'v'))
raw.set('r', 'number', 5)
print(raw.get('r', 'number'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[n]\nv = %(x)s\n")
print(none.get('n', 'v'))

# parser options
opts = configparser.ConfigParser(allow_no_value=True, delimiters=('=>',),
                                 comment_prefixes=('//',), inline_comment_prefixes=('#',),
                                 default_section='common', strict=False)
opts.read_string("""
[common]
shared => yes
[a]
flag
key => value # trailing comment
key => again
// full comment line
[a]
later => 1
""")
print(opts.sections(), opts.items('a'), opts.get('a', 'flag'))
out = io.StringIO()
opts.write(out)
print(out.getvalue())


class CaseSensitive(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


cs = CaseSensitive()
cs.read_dict({'S': {'MixedCase': 1, 'lower': 2.5}})
print(cs.options('S'), cs['S']['MixedCase'])

conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[c]\nitems = a, b ,c\n")
print(conv.getlist('c', 'items'), conv['c'].getlist('items'), sorted(conv.converters))

# parsing errors
for text in ["no header = here\n", "[s]\nok = 1\n= novalue\nbad line\n", "[s]\n[s]\n",
             "[s]\na = 1\nA = 2\n", "[s]\n  indented = 1\n"]:
    p = configparser.ConfigParser()
    try:
        p.read_string(text, source='inline')
        print('parsed', {s: dict(p[s]) for s in p.sections()})
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', e.args)
show(configparser.ConfigParser().read_dict, {'s': {'a': 1, 'A': 2}})
e = configparser.NoOptionError('opt', 'sec')
print(repr(e), e.option, e.section, e.message)

# files
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'app.ini')
with open(path, 'w') as f:
    f.write("[file]\nloaded = true\n")
fc = configparser.ConfigParser()
found = fc.read([path, os.path.join(tmp, 'missing.ini')])
print([os.path.basename(x) for x in found], fc.getboolean('file', 'loaded'))
with open(path) as f:
    fc2 = configparser.ConfigParser()
    fc2.read_file(f)
    print(fc2.sections())
os.remove(path)
os.rmdir(tmp)
