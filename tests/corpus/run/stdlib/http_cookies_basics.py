# http.cookies: SimpleCookie/BaseCookie parsing and output, Morsel attributes, quoting.
from http import cookies
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError

c = SimpleCookie()
c['sid'] = 'abc123'
c['sid']['path'] = '/'
c['sid']['domain'] = 'example.com'
c['sid']['httponly'] = True
c['sid']['secure'] = True
c['sid']['max-age'] = 3600
c['sid']['samesite'] = 'Lax'
c['name'] = 'John Doe; "quoted"'
c['name']['comment'] = 'a comment'
c['n'] = 7
print(c)
print(repr(c))
print(c.output(attrs=['path'], header='Cookie:', sep='\n'))
print(c['name'].value, c['name'].coded_value, c['n'].value, type(c['n'].value).__name__)
print(repr(c['sid']))
print(c['sid'].OutputString(['domain']))
print(c.js_output(attrs=[]))

p = SimpleCookie('chips=ahoy; vienna=finger')
print(repr(p), sorted(p))
p = SimpleCookie('keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;";')
print(repr(p['keebler'].value), p['keebler'].coded_value)
p = SimpleCookie('a=b; Path=/acme; Version=1; secure; HttpOnly; b=c; expires=Wed, 09 Jun 2021 10:18:14 GMT')
print(p.output())
print(p['a']['path'], p['a']['secure'], repr(p['b']['expires']))
print(repr(SimpleCookie('$Version=1; a=b; $Path=/x')))
print(repr(SimpleCookie('path=/; a=b')), repr(SimpleCookie('a=b; c; d=e')), repr(SimpleCookie('a=b; secure=; x=y')))
p = SimpleCookie('dq="\\"x\\\\y\\101"; e=')
print(repr(p['dq'].value), repr(p['e'].value))
b = BaseCookie('x="quoted"')
print(repr(b['x'].value), b['x'].coded_value)
b['y'] = 'a b'
print(b.output())
p = SimpleCookie()
p.load({'k': 'v w', 'j': 1})
print(p.output(sep=' | '))
print(cookies._quote('abc'), cookies._quote('a,b'), cookies._quote('\x00\xff"\\é'), cookies._unquote('"a\\054b"'), cookies._unquote('x'))

m = Morsel()
print(repr(m), m.key, m.value, m.coded_value, sorted(m.items())[:3])
m.set('k', 'v', '"v"')
m['Comment'] = 'hello world'
m['expires'] = 'never'
print(m.output(), m.isReservedKey('PATH'), m.isReservedKey('foo'))
for bad in [lambda: m.__setitem__('bogus', 1), lambda: m.set('path', 1, 1), lambda: m.set('a b', 1, 1),
            lambda: m.setdefault('nope'), lambda: m.update({'zz': 1})]:
    try:
        bad()
    except CookieError as e:
        print('CookieError', e)
print(m.setdefault('PATH', '/x'), m.setdefault('path', '/y'))
m.update({'Domain': 'd.org'})
m2 = m.copy()
print(m2 == m, m2 != m, type(m2).__name__, m2.output(header='H:'))
m2['domain'] = 'other'
print(m2 == m, m == 'x')
print(m.__getstate__())
print(Morsel[int], SimpleCookie().output() == '', issubclass(CookieError, Exception))
c = SimpleCookie()
c['a'] = 'x'
c['a']['expires'] = 0
out = c['a'].output()
print(out[:len('Set-Cookie: a=x; expires=')], out.endswith(' GMT'), len(out))
