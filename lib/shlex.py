"""Shell-like splitting and quoting (Sharpy's own implementation: split/quote/join).

split() follows shlex's POSIX rules (whitespace_split=True): quotes, backslash escapes,
optional '#' comments, and CPython's "No closing quotation"/"No escaped character" errors.
The shlex lexer class itself is not provided.
"""

__all__ = ["split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-')


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        return _split_non_posix(s, comments)
    tokens = []
    token = None            # None: between tokens; '' or text: inside a token
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if token is not None:
                tokens.append(token)
                token = None
            i += 1
        elif comments and c == '#':
            if token is not None:
                tokens.append(token)
                token = None
            end = s.find('\n', i)
            i = n if end == -1 else end + 1
        elif c == "'":
            end = s.find("'", i + 1)
            if end == -1:
                raise ValueError("No closing quotation")
            token = (token or '') + s[i + 1:end]
            i = end + 1
        elif c == '"':
            i += 1
            chunk = []
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                ch = s[i]
                if ch == '"':
                    i += 1
                    break
                if ch == '\\':
                    if i + 1 >= n:
                        raise ValueError("No escaped character")
                    nxt = s[i + 1]
                    chunk.append(nxt if nxt in '"\\' else ch + nxt)
                    i += 2
                    continue
                chunk.append(ch)
                i += 1
            token = (token or '') + ''.join(chunk)
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            token = (token or '') + s[i + 1]
            i += 2
        else:
            token = (token or '') + c
            i += 1
    if token is not None:
        tokens.append(token)
    return tokens


def _split_non_posix(s, comments):
    """Non-POSIX mode: quotes stay in the tokens and backslashes are ordinary characters."""
    tokens = []
    token = ''
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if token:
                tokens.append(token)
                token = ''
            i += 1
        elif comments and c == '#':
            if token:
                tokens.append(token)
                token = ''
            end = s.find('\n', i)
            i = n if end == -1 else end + 1
        elif c in '\'"':
            end = s.find(c, i + 1)
            if end == -1:
                raise ValueError("No closing quotation")
            token += s[i:end + 1]
            i = end + 1
        else:
            token += c
            i += 1
    if token:
        tokens.append(token)
    return tokens


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # Use single quotes, and put single quotes into double quotes: $'b is then quoted as '$'"'"'b'
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)
