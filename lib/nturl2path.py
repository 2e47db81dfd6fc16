"""Windows path <-> 'file' URL path conversion (what urllib.request uses on Windows)."""

import string
import urllib.parse


def url2pathname(url):
    """The Windows path of the path part of a file URL: '///C|/a/b%20c' -> 'C:\\a\\b c'."""
    # A drive may be written 'C:' or 'C|' in URLs.
    url = url.replace(':', '|')
    if '|' not in url:
        if url[:4] == '////':
            url = url[2:]  # '////host/share' names the UNC path '\\host\share'
        # Unquote after the slashes are replaced, so that %2F stays a character of a name.
        return urllib.parse.unquote('\\'.join(url.split('/')))
    before, *after = url.split('|')
    if len(after) != 1 or before[-1] not in string.ascii_letters:
        raise OSError('Bad URL: ' + url)
    path = before[-1].upper() + ':'
    for comp in after[0].split('/'):
        if comp:
            path += '\\' + urllib.parse.unquote(comp)
    if path.endswith(':') and url.endswith('/'):
        path += '\\'  # '|c/|' is the root of drive C
    return path


def pathname2url(p):
    """The URL path of a Windows path: 'C:\\a\\b c' -> '///C:/a/b%20c'."""
    if p[:4] == '\\\\?\\':
        # Extended-length prefixes carry nothing a URL can express.
        p = p[4:]
        if p[:4].upper() == 'UNC\\':
            p = '\\' + p[4:]
        elif p[1:2] != ':':
            raise OSError('Bad path: ' + p)
    if ':' not in p:
        if p[:2] == '\\\\':
            p = '\\\\' + p  # a UNC path becomes '////host/share'
        return urllib.parse.quote('/'.join(p.split('\\')))
    parts = p.split(':', maxsplit=2)
    if len(parts) != 2 or len(parts[0]) > 1:
        raise OSError('Bad path: ' + p)
    path = '///' + urllib.parse.quote(parts[0].upper()) + ':'
    for comp in parts[1].split('\\'):
        if comp:
            path += '/' + urllib.parse.quote(comp)
    return path
