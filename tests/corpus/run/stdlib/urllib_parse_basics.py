# urllib.parse: splitting, joining (RFC 3986 examples), quoting and query strings.
import urllib.parse
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote, unquote_plus,
                          unquote_to_bytes, urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)

u = urlparse('HTTP://user:pw@Example.COM:8080/path/to;params?q=1&r=2#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl(), u[2], len(u))
print(u._replace(fragment='', query='').geturl(), u._asdict() if False else tuple(u))
print(urlsplit('https://[::1]:443/a?b#c'), urlsplit('https://[::1]:443/a').hostname, urlsplit('http://[fe80::1%eth0]/').hostname)
print(urlparse('//netloc/only'), urlparse('mailto:someone@example.com'), urlparse('path/only?x'))
print(urlsplit('http://a/b#c', allow_fragments=False), urlsplit('x', scheme='https'), urlsplit('localhost:8080'))
print(urlparse('http://h/p').port, urlparse('file:///etc/passwd'), urlsplit(' http://h/\tp\n'), urlsplit('HTTP://H'))
print(urlparse('http://user@host').username, urlparse('http://user@host').password, urlparse('http://h:').port)
print(urlunparse(('http', 'h', '/p', 'pa', 'q=1', 'f')), urlunsplit(('https', 'h', 'p', '', '')), urlunsplit(('', '', 'p', 'q', '')),
      urlunsplit(('file', '', '/tmp/x', '', '')), urlunparse(urlparse('http://a/b?c#d')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './',
            '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g',
            'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('https://example.com/a/b.html', 'c.html'), urljoin('https://example.com/a/', '../../x'), urljoin(b'http://a/b', b'c'))
print(urljoin('http://a/b', 'https://other/x'), urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:a@b', 'c'))
print(quote('a b/c?d=é&€'), quote('a b/c', safe=''), quote_plus('a b&c=d/e'), quote(b'\x00\xff'), quote('~_.-'), quote(''))
print(quote('é', encoding='latin-1'), quote_plus('a+b c', safe='+'), quote_from_bytes(b'a b'), quote('/path with space/', safe='/ '))
print(unquote('a%20b%2Fc%C3%A9%E2%82%AC%zz%'), unquote_plus('a+b%2B'), unquote_to_bytes('a%20%ff%'), unquote(b'%41%42'))
print(unquote('%e9', encoding='latin-1'), unquote('%ff'), unquote('no-escapes'), unquote('%41%4'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2'], 'd': 'é', 'e': 3}, doseq=True))
print(urlencode([('k', 'v&w'), ('k', 'z')]), urlencode({'q': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote), urlencode({b'x': b'y z'}))
print(parse_qs('a=1&a=2&b=x+y&c=%41&d='), parse_qs('d=&e', keep_blank_values=True), parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl('a=1&&b=%20&c', keep_blank_values=True), parse_qs(''), parse_qsl(b'a=1&b=2'), parse_qs('x=%E2%82%AC'))
for action in (lambda: parse_qsl('a=1&b', strict_parsing=True), lambda: urlparse('http://[::1/x'),
               lambda: urlparse('http://h:99999/').port, lambda: urlparse('http://h:abc/').port,
               lambda: urlencode('abc'), lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2),
               lambda: quote(b'x', encoding='utf-8'), lambda: quote_from_bytes('str'), lambda: urljoin('http://a', b'b'),
               lambda: parse_qsl('a=1', separator='')):
    try:
        print(action())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag('http://a/b#'), urlparse(b'http://h/p?q'))
print(urlsplit(b'http://u@h:1/p').port, urlsplit(b'http://u@h:1/p').hostname, urlparse(b'http://h/p').decode(), urlsplit('http://h/x').encode())
print(urllib.parse.urlsplit('http://x.com/').geturl(), isinstance(u, tuple), type(u).__name__, type(urlsplit('')).__name__)

# Bracketed hosts are validated like ipaddress.ip_address (3.11.4+).
for host in ['::1', '1.2.3.4', 'fe80::1%eth0', 'v1.x', 'vz', 'v1.', 'abc', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::', '1::2::3', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '12345::', 'g::', '01.2.3.4', '::1%', '1:2:3:4:5:6:7', '', ':1', '1:', '1:2:3:4:5:6:7:8:9', '::1.2.3.4']:
    try: print(repr(host), urlsplit('http://[%s]:80/x' % host).hostname)
    except ValueError as e: print(repr(host), 'ValueError', e)
