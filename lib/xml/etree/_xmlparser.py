"""Sharpy's XML parser for ElementTree (in place of expat).

XMLParser buffers fed data and parses the document on close(), calling the target's
start/end/data/comment/pi/start_ns/end_ns methods. Errors are ParseError with expat's
message, code and (line, column).
"""
import re

from .ElementTree import ParseError, TreeBuilder

# expat error codes used here
_XML_ERRORS = {
    2: "syntax error", 3: "no element found", 4: "not well-formed (invalid token)",
    5: "unclosed token", 7: "mismatched tag", 8: "duplicate attribute",
    9: "junk after document element", 11: "undefined entity",
    14: "reference to invalid character number", 17:
    "XML or text declaration not at start of entity", 20: "unclosed CDATA section",
    27: "unbound prefix",
}

_NAME_START = r"A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
              r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_NAME_RE = re.compile("[%s][%s\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*" % (_NAME_START, _NAME_START))
_SPACE = ' \t\n\r'
_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _valid_char(code):
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or
            0x10000 <= code <= 0x10FFFF)


def _bad_chars(text):
    for i, ch in enumerate(text):
        if not _valid_char(ord(ch)):
            return i
    return -1


class XMLParser:
    """Parses XML into a target (a TreeBuilder by default); close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self._encoding = encoding
        self._chunks = []
        self._names = {}
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._events = None
        self._event_names = ()

    def _setevents(self, events_queue, events_to_report):
        self._events = events_queue
        for name in events_to_report:
            if name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % name)
        self._event_names = tuple(events_to_report)

    def feed(self, data):
        self._chunks.append(data)

    def flush(self):
        pass

    def close(self):
        data = self._chunks
        self._chunks = []
        if any(isinstance(c, bytes) for c in data):
            text = self._decode(b"".join(c if isinstance(c, bytes) else c.encode('utf-8')
                                         for c in data))
        else:
            text = "".join(data)
        self._parse(text.replace('\r\n', '\n').replace('\r', '\n'))
        try:
            close_handler = self.target.close
        except AttributeError:
            return None
        return close_handler()

    def _decode(self, raw):
        encoding = self._encoding
        if raw.startswith(b'\xef\xbb\xbf'):
            raw = raw[3:]
            encoding = encoding or 'utf-8'
        elif raw.startswith((b'\xff\xfe', b'\xfe\xff')):
            return raw.decode('utf-16')
        if encoding is None:
            m = re.match(rb"<\?xml[^>]*encoding\s*=\s*['\"]([A-Za-z0-9._-]+)['\"]", raw)
            encoding = m.group(1).decode('ascii') if m else 'utf-8'
        try:
            return raw.decode(encoding)
        except LookupError:
            raise ParseError("unknown encoding") from None

    # --- errors ---------------------------------------------------------------------------

    def _error(self, code, pos):
        text = self._text
        line = text.count('\n', 0, pos) + 1
        column = pos - (text.rfind('\n', 0, pos) + 1)
        err = ParseError("%s: line %d, column %d" % (_XML_ERRORS[code], line, column))
        err.code = code
        err.position = line, column
        raise err

    # --- callbacks ------------------------------------------------------------------------

    def _event(self, name, value):
        if self._events is not None and name in self._event_names:
            self._events.append((name, value))

    def _data(self, text):
        if text:
            data = getattr(self.target, 'data', None)
            if data is not None:
                data(text)

    # --- parsing --------------------------------------------------------------------------

    def _parse(self, text):
        self._text = text
        n = len(text)
        bad = _bad_chars(text)
        self._limit = bad if bad >= 0 else n
        i = 0
        if text.startswith('<?xml') and (len(text) == 5 or text[5] in _SPACE or text[5] == '?'):
            end = text.find('?>')
            if end < 0:
                self._error(5, 0)
            i = end + 2
        root_done = False
        self._ns_stack = [{'xml': _XML_NS}]
        while True:
            i = self._skip_space(i)
            if i >= n:
                break
            if text.startswith('<!--', i):
                i = self._comment(i)
            elif text.startswith('<?', i):
                i = self._pi(i)
            elif text.startswith('<!DOCTYPE', i) and not root_done:
                i = self._doctype(i)
            elif text[i] == '<' and not root_done:
                i = self._element(i)
                root_done = True
            else:
                if root_done:
                    self._error(9, i)
                self._error(2 if text[i] != '<' else 4, i)
        if not root_done:
            self._error(3, n)

    def _skip_space(self, i):
        text = self._text
        n = len(text)
        while i < n and text[i] in _SPACE:
            i += 1
        if i < n and i >= self._limit:
            self._error(4, i)
        return i

    def _comment(self, i):
        end = self._text.find('-->', i + 4)
        if end < 0 or end > self._limit:
            self._error(5, i)
        content = self._text[i + 4:end]
        handler = getattr(self.target, 'comment', None)
        if handler is not None:
            self._event('comment', handler(content))
        return end + 3

    def _pi(self, i):
        text = self._text
        end = text.find('?>', i + 2)
        if end < 0 or end > self._limit:
            self._error(5, i)
        m = _NAME_RE.match(text, i + 2)
        if not m:
            self._error(4, i + 2)
        target = m.group()
        if target == 'xml':
            self._error(17, i)
        body = text[m.end():end].lstrip(_SPACE)
        handler = getattr(self.target, 'pi', None)
        if handler is not None:
            self._event('pi', handler(target, body))
        return end + 2

    def _doctype(self, i):
        text = self._text
        j = i + 9
        depth = 0
        quote = None
        while j < len(text):
            c = text[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'':
                quote = c
            elif c == '[':
                depth += 1
            elif c == ']':
                depth -= 1
            elif c == '>' and depth <= 0:
                self._report_doctype(text[i + 9:j])
                return j + 1
            j += 1
        self._error(5, i)

    def _report_doctype(self, body):
        handler = getattr(self.target, 'doctype', None)
        if handler is None:
            return
        parts = re.match(r"\s*(\S+)(?:\s+(PUBLIC|SYSTEM)\s+(\"[^\"]*\"|'[^']*')"
                         r"(?:\s+(\"[^\"]*\"|'[^']*'))?)?", body)
        if not parts:
            return
        name, kind, first, second = parts.groups()
        pubid = system = None
        if kind == 'PUBLIC':
            pubid = first[1:-1]
            system = second[1:-1] if second else None
        elif kind == 'SYSTEM':
            system = first[1:-1]
        handler(name, pubid, system)

    def _name(self, i):
        m = _NAME_RE.match(self._text, i)
        if not m:
            self._error(4, i)
        return m.group(), m.end()

    def _resolve(self, qname, pos, is_attr=False):
        scope = self._ns_stack[-1]
        if ':' in qname:
            prefix, local = qname.split(':', 1)
            uri = scope.get(prefix)
            if uri is None:
                self._error(27, pos)
            return '{%s}%s' % (uri, local)
        if is_attr:
            return qname
        uri = scope.get('')
        return '{%s}%s' % (uri, qname) if uri else qname

    def _start_tag(self, i):
        """Parse '<name attrs>' at i: (qname, raw attrs, position after, empty element?)."""
        text = self._text
        n = len(text)
        if i + 1 >= n:
            self._error(5, i)
        qname, j = self._name(i + 1)
        attrs = []
        seen = set()
        while True:
            k = j
            while k < n and text[k] in _SPACE:
                k += 1
            if k >= n:
                self._error(5, i)
            if text.startswith('/>', k):
                return qname, attrs, k + 2, True
            if text[k] == '>':
                return qname, attrs, k + 1, False
            if k == j:
                self._error(4, k)
            name, k2 = self._name(k)
            if name in seen:
                self._error(8, k)
            seen.add(name)
            while k2 < n and text[k2] in _SPACE:
                k2 += 1
            if k2 >= n:
                self._error(5, i)
            if text[k2] != '=':
                self._error(4, k2)
            k2 += 1
            while k2 < n and text[k2] in _SPACE:
                k2 += 1
            if k2 >= n:
                self._error(5, i)
            quote = text[k2]
            if quote not in '"\'':
                self._error(4, k2)
            end = text.find(quote, k2 + 1)
            if end < 0:
                self._error(5, i)
            lt = text.find('<', k2 + 1, end)
            if lt >= 0:
                self._error(4, lt)
            value = self._expand(text[k2 + 1:end], k2 + 1, attribute=True)
            attrs.append((name, value))
            j = end + 1

    def _expand(self, raw, base, attribute=False):
        """Replace entity and character references in raw (which starts at text[base])."""
        if attribute:
            raw = raw.replace('\t', ' ').replace('\n', ' ')
        if '&' not in raw:
            return raw
        out = []
        i = 0
        while True:
            amp = raw.find('&', i)
            if amp < 0:
                out.append(raw[i:])
                return ''.join(out)
            out.append(raw[i:amp])
            semi = raw.find(';', amp)
            body = raw[amp + 1:semi] if semi >= 0 else None
            if body is None or not body or not (body[0] == '#' or _NAME_RE.fullmatch(body)):
                m = _NAME_RE.match(raw, amp + 1)
                stop = m.end() if m else amp + 1
                self._error(4, base + stop)
            if body[0] == '#':
                try:
                    code = int(body[2:], 16) if body[1:2] in ('x',) else int(body[1:], 10)
                    if body[1:2] in ('x',) and not body[2:]:
                        raise ValueError
                except ValueError:
                    self._error(4, base + amp)
                if not _valid_char(code):
                    self._error(14, base + amp)
                out.append(chr(code))
            elif body in _PREDEFINED:
                out.append(_PREDEFINED[body])
            elif body in self.entity:
                out.append(self.entity[body])
            else:
                self._error(11, base + amp)
            i = semi + 1

    def _element(self, i):
        """Parse the element starting at i (iteratively) and return the position after it."""
        text = self._text
        n = len(text)
        target = self.target
        stack = []   # (qname, tag, declared prefixes)
        while True:
            # one start tag
            qname, raw_attrs, j, empty = self._start_tag(i)
            scope = dict(self._ns_stack[-1])
            declared = []
            attrs = []
            for name, value in raw_attrs:
                if name == 'xmlns':
                    scope[''] = value
                    declared.append('')
                elif name.startswith('xmlns:'):
                    scope[name[6:]] = value
                    declared.append(name[6:])
                else:
                    attrs.append((name, value))
            self._ns_stack.append(scope)
            for prefix in declared:
                start_ns = getattr(target, 'start_ns', None)
                if start_ns is not None:
                    start_ns(prefix, scope[prefix])
                self._event('start-ns', (prefix, scope[prefix]))
            tag = self._resolve(qname, i)
            attrib = {}
            for name, value in attrs:
                attrib[self._resolve(name, i, is_attr=True)] = value
            self._event('start', target.start(tag, attrib))
            stack.append((qname, tag, declared))
            i = j
            if empty:
                self._close_element(stack, j)
                if not stack:
                    return j
            # content until the next start tag, or the end of this element
            while True:
                lt = text.find('<', i)
                amp_limit = lt if lt >= 0 else n
                if i < amp_limit:
                    chunk = text[i:amp_limit]
                    if i + len(chunk) > self._limit:
                        self._error(4, self._limit)
                    close = chunk.find(']]>')
                    if close >= 0:
                        self._error(4, i + close + 2)
                    self._data(self._expand(chunk, i))
                if lt < 0:
                    self._error(3, n) if self._limit >= n else self._error(4, self._limit)
                i = lt
                if text.startswith('</', i):
                    end_name_pos = i + 2
                    m = _NAME_RE.match(text, end_name_pos)
                    if not m:
                        if end_name_pos >= n:
                            self._error(5, i)
                        self._error(4, end_name_pos)
                    k = m.end()
                    while k < n and text[k] in _SPACE:
                        k += 1
                    if k >= n:
                        self._error(5, i)
                    if text[k] != '>':
                        self._error(4, k)
                    if m.group() != stack[-1][0]:
                        self._error(7, end_name_pos)
                    i = self._close_element(stack, k + 1)
                    if not stack:
                        return i
                elif text.startswith('<!--', i):
                    i = self._comment(i)
                elif text.startswith('<![CDATA[', i):
                    end = text.find(']]>', i + 9)
                    if end < 0:
                        self._error(20, n)
                    self._data(text[i + 9:end])
                    i = end + 3
                elif text.startswith('<?', i):
                    i = self._pi(i)
                elif text.startswith('<!', i):
                    self._error(4, i + 1)
                else:
                    break   # a child start tag at i

    def _close_element(self, stack, pos):
        qname, tag, declared = stack.pop()
        self._event('end', self.target.end(tag))
        self._ns_stack.pop()
        for prefix in reversed(declared):
            end_ns = getattr(self.target, 'end_ns', None)
            if end_ns is not None:
                end_ns(prefix)
            self._event('end-ns', None)
        return pos
