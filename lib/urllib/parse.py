"""Parse URLs into components (Sharpy's own urllib.parse, RFC 3986 as CPython 3.11 applies it)."""

import re
from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp',
                 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip',
                    'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20


def clear_cache():
    pass


# ---------------------------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------------------------

class _NetlocResultMixinBase:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        separator = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f'Port could not be cast to integer value as {port!r}')
            if not (0 <= port <= 65535):
                raise ValueError('Port out of range 0-65535')
        return port


class _NetlocResultMixinStr(_NetlocResultMixinBase):
    __slots__ = ()

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, hostinfo = netloc.rpartition('@')
        if have_info:
            username, have_password, password = userinfo.partition(':')
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = netloc.rpartition('@')
        _, have_open_br, bracketed = hostinfo.partition('[')
        if have_open_br:
            hostname, _, port = bracketed.partition(']')
            _, _, port = port.partition(':')
        else:
            hostname, _, port = hostinfo.partition(':')
        if not port:
            port = None
        return hostname, port

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _NetlocResultMixinBytes(_NetlocResultMixinBase):
    __slots__ = ()

    # The netloc is split as Latin-1 text (a byte-for-byte mapping) and the pieces re-encoded.
    def _netloc_str(self):
        return SplitResult('', self.netloc.decode('latin-1'), '', '', '')

    @property
    def _userinfo(self):
        return tuple(None if x is None else x.encode('latin-1')
                     for x in self._netloc_str()._userinfo)

    @property
    def _hostinfo(self):
        return tuple(None if x is None else x.encode('latin-1')
                     for x in self._netloc_str()._hostinfo)

    @property
    def hostname(self):
        hostname = self._netloc_str().hostname
        return None if hostname is None else hostname.encode('latin-1')

    @property
    def port(self):
        return self._netloc_str().port

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


SplitResult._encoded_counterpart = SplitResultBytes
ParseResult._encoded_counterpart = ParseResultBytes
SplitResultBytes._decoded_counterpart = SplitResult
ParseResultBytes._decoded_counterpart = ParseResult


def _coerce_args(*args):
    """(decoded args, is_bytes): str and bytes arguments must not be mixed."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args, False
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args), True


# ---------------------------------------------------------------------------------------------
# Splitting and joining
# ---------------------------------------------------------------------------------------------

def urlparse(url, scheme='', allow_fragments=True):
    (url, scheme), is_bytes = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = _urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    result = ParseResult(scheme, netloc, url, params, query, fragment)
    return result.encode('ascii') if is_bytes else result


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    netloc2 = unicodedata.normalize('NFKC', n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid characters under NFKC "
                             "normalization")


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or not part.isascii() or not part.isdigit() or len(part) > 3:
            return False
        if int(part) > 255 or (len(part) > 1 and part[0] == '0'):
            return False
    return True


def _is_ipv6(text):
    address, sep, scope = text.partition('%')
    if sep and (not scope or '%' in scope or '/' in scope):
        return False
    if address.count('::') > 1:
        return False
    head, double, tail = address.partition('::')
    groups = [g for g in (head.split(':') if head else [])] + [g for g in (tail.split(':') if tail else [])]
    if not double and len(groups) != 8 and not (groups and '.' in groups[-1] and len(groups) == 7):
        return False
    explicit = len(groups)
    if groups and '.' in groups[-1]:
        if not _is_ipv4(groups.pop()):
            return False
        explicit += 1
    if double and explicit > 7:
        return False
    if not double and explicit != 8:
        return False
    for g in groups:
        if not 1 <= len(g) <= 4 or any(c not in '0123456789abcdefABCDEF' for c in g):
            return False
    return True


# CPython 3.11.4+: urllib/parse.py _check_bracketed_host (ipaddress.ip_address's checks and messages).
def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', hostname):
            raise ValueError('IPvFuture address is invalid')
    elif _is_ipv4(hostname):
        raise ValueError('An IPv4 address cannot be in brackets')
    elif not _is_ipv6(hostname):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (hostname,))


def urlsplit(url, scheme='', allow_fragments=True):
    (url, scheme), is_bytes = _coerce_args(url, scheme)
    result = SplitResult(*_urlsplit(url, scheme, allow_fragments))
    return result.encode('ascii') if is_bytes else result


def _urlsplit(url, scheme, allow_fragments):
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    try:
        _checknetloc(netloc)
    except ImportError:
        pass
    return scheme, netloc, url, query, fragment


def urlunparse(components):
    (scheme, netloc, url, params, query, fragment), is_bytes = _coerce_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    result = _urlunsplit(scheme, netloc, url, query, fragment)
    return result.encode('ascii') if is_bytes else result


def urlunsplit(components):
    (scheme, netloc, url, query, fragment), is_bytes = _coerce_args(*components)
    result = _urlunsplit(scheme, netloc, url, query, fragment)
    return result.encode('ascii') if is_bytes else result


def _urlunsplit(scheme, netloc, url, query, fragment):
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    (base, url), is_bytes = _coerce_args(base, url)
    result = _urljoin(base, url, allow_fragments)
    return result.encode('ascii') if is_bytes else result


def _urljoin(base, url, allow_fragments):
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved_path = []
    for seg in segments:
        if seg == '..':
            if resolved_path:
                resolved_path.pop()
        elif seg == '.':
            continue
        else:
            resolved_path.append(seg)
    if segments[-1] in ('.', '..'):
        resolved_path.append('')
    return urlunparse((scheme, netloc, '/'.join(resolved_path) or '/', params, query, fragment))


def urldefrag(url):
    (url,), is_bytes = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    result = DefragResult(defrag, frag)
    return result.encode('ascii') if is_bytes else result


# ---------------------------------------------------------------------------------------------
# Quoting
# ---------------------------------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_HEXDIG = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    res = [bits[0]]
    for item in bits[1:]:
        if len(item) >= 2 and chr(item[0]) in _HEXDIG and chr(item[1]) in _HEXDIG:
            res.append(bytes([int(item[:2], 16)]))
            res.append(item[2:])
        else:
            res.append(b'%')
            res.append(item)
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    res = []
    i, n = 0, len(string)
    while i < n:
        j = string.find('%', i)
        if j < 0:
            res.append(string[i:])
            break
        res.append(string[i:j])
        buf = []
        # Decode each run of %XX escapes as one byte string, so multi-byte characters survive.
        while j + 3 <= n and string[j] == '%' and string[j + 1] in _HEXDIG \
                and string[j + 2] in _HEXDIG:
            buf.append(int(string[j + 1:j + 3], 16))
            j += 3
        if buf:
            res.append(bytes(buf).decode(encoding, errors))
            i = j
        else:
            res.append('%')
            i = j + 1
    return ''.join(res)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    safe_set = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in safe_set else '%{:02X}'.format(b) for b in bs)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    if not doseq:
        for k, v in query:
            pairs.append(q(k) + '=' + q(v))
    else:
        for k, v in query:
            k = q(k)
            if isinstance(v, (str, bytes)):
                pairs.append(k + '=' + q(v))
            else:
                try:
                    len(v)
                except TypeError:
                    pairs.append(k + '=' + q(v))
                else:
                    for elt in v:
                        pairs.append(k + '=' + q(elt))
    return '&'.join(pairs)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    is_bytes = isinstance(qs, bytes)
    if is_bytes:
        qs = qs.decode('ascii')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if not separator or not isinstance(separator, str):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for name_value in (qs.split(separator) if qs else []):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            if is_bytes:
                name, value = name.encode('ascii'), value.encode('ascii')
            r.append((name, value))
    return r


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
