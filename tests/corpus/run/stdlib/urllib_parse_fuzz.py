# urllib.parse: random URL fragments through join/split/quote/unquote/parse_qsl (same as CPython).
import random
from urllib.parse import urljoin, urlsplit, urlparse, quote, unquote, quote_plus, unquote_plus, parse_qsl, urlencode
random.seed(5)
parts = ['http:', 'https:', '//', 'a', 'b', '/', '.', '..', '?', '#', ';', '=', '&', '%', '%2F', '%zz', '@', ':', '[', ']', 'é', ' ', '+', 'x']
for case in range(80):
    u1 = ''.join(random.choice(parts) for _ in range(random.randint(0, 8)))
    u2 = ''.join(random.choice(parts) for _ in range(random.randint(0, 6)))
    out = [case, repr(u1), repr(u2)]
    for f in (lambda: urljoin(u1, u2), lambda: urlsplit(u1), lambda: urlparse(u2), lambda: quote(u1), lambda: unquote(u1),
              lambda: quote_plus(u2, safe='/'), lambda: unquote_plus(u2), lambda: parse_qsl(u1, keep_blank_values=True),
              lambda: (urlsplit(u1).hostname, urlsplit(u1).username, urlsplit(u1).password), lambda: urlsplit(u1).port):
        try:
            out.append(repr(f()))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    print(*out)
