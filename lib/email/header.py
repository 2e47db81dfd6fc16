"""Header: a header value made of chunks in several charsets, encoded as RFC 2047 words."""

import re

from email import _encoded_words
from email import charset as _charset

__all__ = ['Header', 'decode_header', 'make_header']

USASCII = _charset.Charset('us-ascii')
UTF8 = _charset.Charset('utf-8')
MAXLINELEN = 78


def decode_header(header):
    """[(text, charset)] chunks of a header value.

    Without encoded words the value comes back whole as a str with charset None; otherwise
    every chunk is bytes (plain runs with charset None)."""
    if hasattr(header, '_chunks'):
        return [(s.encode(str(c), 'surrogateescape') if str(c) != 'us-ascii' else s,
                 None if str(c) == 'us-ascii' else str(c)) for s, c in header._chunks]
    return _encoded_words.decode_chunks(header)


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=' '):
    """A Header from decode_header's output."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        h.append(s, charset)
    return h


class Header:

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = MAXLINELEN if maxlinelen is None else maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        out = []
        last_charset = None
        for text, charset in self._chunks:
            # Space separates chunks unless both are plain ASCII (their own spacing counts).
            this = str(charset) if charset is not None else None
            if out and (last_charset not in (None, 'us-ascii') or
                        this not in (None, 'us-ascii')):
                if not out[-1].endswith((' ', '\t')) and not text.startswith((' ', '\t')):
                    out.append(' ')
            out.append(text)
            last_charset = this
        return ''.join(out)

    def __eq__(self, other):
        return other == str(self)

    def append(self, s, charset=None, errors='strict'):
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        if not isinstance(s, str):
            s = s.decode(charset.input_codec or 'us-ascii', errors)
        # Non-ASCII text given as us-ascii is stored as utf-8 (as CPython does).
        if str(charset) == 'us-ascii' and not s.isascii():
            charset = UTF8
        self._chunks.append((s, charset))

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The header value folded to `maxlinelen` (0: no limit): ASCII text is broken at
        the split characters (earlier ones preferred), other charsets become encoded words,
        one per line as needed. Existing line breaks are kept."""
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        lines = _LineFolder(self._headerlen, maxlinelen, self._continuation_ws, splitchars)
        last_charset = None
        last_ends_space = None
        for index, (text, charset) in enumerate(self._merged_chunks()):
            if index:
                # A space between chunks where at least one is encoded.
                starts_space = bool(text) and text[0] in ' \t'
                if str(last_charset) != 'us-ascii':
                    if not starts_space or str(charset) != 'us-ascii':
                        lines.add_transition()
                elif str(charset) != 'us-ascii' and not last_ends_space:
                    lines.add_transition()
            last_ends_space = bool(text) and text[-1] in ' \t'
            last_charset = charset
            parts = text.splitlines()
            lines.feed('', parts[0] if parts else '', charset)
            for line in parts[1:]:
                lines.newline()
                if charset.header_encoding is not None:
                    lines.feed(self._continuation_ws, ' ' + line.lstrip(), charset)
                else:
                    stripped = line.lstrip()
                    lines.feed(line[:len(line) - len(stripped)], stripped, charset)
            if len(parts) > 1:
                lines.newline()
        if self._chunks:
            lines.add_transition()
        return lines.text(linesep)

    def _merged_chunks(self):
        merged = []
        for text, charset in self._chunks:
            if merged and str(merged[-1][1]) == str(charset):
                merged[-1] = (merged[-1][0] + text, charset)
            else:
                merged.append((text, charset))
        return merged


class _Line(list):
    """The (whitespace, text) pieces of the line being built; len() counts characters,
    starting from `offset` (the header name on the first line)."""

    def __init__(self, offset=0):
        super().__init__()
        self.offset = offset

    def __len__(self):
        return self.offset + sum(len(ws) + len(t) for ws, t in self)

    def count(self):
        return list.__len__(self)

    def take_last(self):
        return list.pop(self) if self.count() else ('', '')

    def split_off(self, i):
        tail = self[i:]
        del self[i:]
        return tail

    def restart(self, pieces=()):
        self[:] = list(pieces)
        self.offset = 0

    def only_whitespace(self):
        return self.offset == 0 and (not self.count() or str(self).isspace())

    def __str__(self):
        return ''.join(ws + t for ws, t in self)


class _LineFolder:

    def __init__(self, headerlen, maxlen, continuation_ws, splitchars):
        self.maxlen = maxlen
        self.continuation_ws = continuation_ws
        self.splitchars = splitchars
        self.lines = []
        self.line = _Line(headerlen)

    def text(self, linesep):
        self.newline()
        return linesep.join(self.lines)

    def newline(self):
        last = self.line.take_last()
        if last != (' ', ''):           # a pending transition space is dropped at line end
            self.line.append(last)
        if len(self.line) > 0:
            if self.line.only_whitespace() and self.lines:
                self.lines[-1] += str(self.line)
            else:
                self.lines.append(str(self.line))
        self.line.restart()

    def add_transition(self):
        self.line.append((' ', ''))

    def _budgets(self):
        yield self.maxlen - len(self.line)
        while True:
            yield self.maxlen - len(self.continuation_ws)

    def feed(self, ws, text, charset):
        if charset.header_encoding is None:
            parts = re.split('([ \t]+)', ws + text)
            if parts[0]:
                parts.insert(0, '')
            else:
                parts.pop(0)
            for i in range(0, len(parts) - 1, 2):
                self._append(parts[i], parts[i + 1])
            return
        encoded = _encoded_lines(charset, text, self._budgets())
        if not encoded:
            return
        first = encoded.pop(0)
        if first is not None:
            self._append(ws, first)
        if not encoded:
            return
        last = encoded.pop()
        self.newline()
        self.line.append((self.continuation_ws, last))
        for line in encoded:
            self.lines.append(self.continuation_ws + line)

    def _append(self, ws, text):
        self.line.append((ws, text))
        if len(self.line) <= self.maxlen:
            return
        # Too long: break at the latest place marked by the first split character that
        # occurs (whitespace before a piece, or other characters ending the previous piece).
        for ch in self.splitchars:
            for i in range(self.line.count() - 1, 0, -1):
                if ch.isspace():
                    if self.line[i][0] and self.line[i][0][0] == ch:
                        break
                prev = self.line[i - 1][1]
                if prev and prev[-1] == ch:
                    break
            else:
                continue
            break
        else:
            # No break point: the piece goes on a line of its own.
            ws, text = self.line.take_last()
            if self.line.offset > 0:
                self.newline()
                if not ws:
                    ws = ' '
            self.line.append((ws, text))
            return
        tail = self.line.split_off(i)
        self.lines.append(str(self.line))
        self.line.restart(tail)


def _encoded_lines(charset, text, budgets):
    """Encoded words for `text`, each fitting the next budget from `budgets`; a leading
    None means not even one character fitted on the first line."""
    codec = charset.output_codec or 'us-ascii'
    out_charset = charset.get_output_charset()
    data = text.encode(codec, 'surrogateescape')
    if charset.header_encoding == _charset.BASE64:
        kind = 'b'
    elif charset.header_encoding == _charset.QP:
        kind = 'q'
    else:
        kind = 'b' if _b_length(data) < _q_length(data) else 'q'
    measure = _b_length if kind == 'b' else _q_length
    wrap = len(out_charset) + 7
    lines, current = [], ''
    budget = next(budgets) - wrap
    for ch in text:
        if measure((current + ch).encode(out_charset, 'surrogateescape')) > budget:
            if not lines and not current:
                lines.append(None)
            else:
                lines.append(_word(current, codec, out_charset, kind))
            current = ch
            budget = next(budgets) - wrap
        else:
            current += ch
    lines.append(_word(current, codec, out_charset, kind))
    return lines


def _word(text, codec, out_charset, kind):
    data = text.encode(codec, 'surrogateescape')
    if not data:
        return ''
    body = _encoded_words.encode_b(data) if kind == 'b' else _encoded_words.encode_q(data)
    return '=?%s?%s?%s?=' % (out_charset, kind, body)


def _b_length(data):
    return (len(data) + 2) // 3 * 4


def _q_length(data):
    return sum(1 if (c in _Q_SAFE or c == 32) else 3 for c in data)


_Q_SAFE = frozenset(b'-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
