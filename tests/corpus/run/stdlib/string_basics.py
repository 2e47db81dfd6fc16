import string
from string import Template, Formatter, capwords

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(capwords('hello   wORLD  foo'), capwords('a-b-c', '-'), capwords(''), repr(capwords('  x  ')))

t = Template('$who likes $what, ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'x', 'what': 'y'}, what='override'))
print(t.safe_substitute(who='sam'), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='only')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost $ 5', 'line one\nand $1 two', '${bad name}', 'trailing $']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print(e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())

class Percent(Template):
    delimiter = '%'
print(Percent('%name is %%100 %{name}s').substitute(name='pct'))

f = Formatter()
print(f.format('{0} + {1} = {2}', 1, 2, 3), f.format('{name:>8}|{0:^5}|', 'x', name='bob'))
print(f.format('{} and {}', 'a', 'b'), f.format('{0.real} {1[k]} {2[1]}', 5, {'k': 'v'}, 'xyz'))
print(f.format('{!r} {:{w}.{p}f}', 'q', 3.14159, w=10, p=2), f.format('{{literal}} {}', 7))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')), list(f.parse('')), list(f.parse('plain')))
for bad in ['{0} {}', '{', '}', '{0!x}']:
    try:
        print(f.format(bad, 1, 2))
    except ValueError as e:
        print('ValueError', e)

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {missing} {x}', 'abc', x='yz'))
