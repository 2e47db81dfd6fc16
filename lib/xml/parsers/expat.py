"""Interface to the Expat non-validating XML parser."""
# Sharpy's xml.parsers.expat: pyexpat's interface over Sharpy's own XML parser
# (xml.etree._xmlparser). Handlers receive what expat reports, including its way of
# cutting character data (at references, at newlines and at the boundaries of the data
# given to Parse). The document is parsed again at each Parse call and only the new
# events are delivered; a syntax error is raised by the final Parse call (expat raises
# it as soon as it sees it). DTD declarations are not reported.

import bisect
import re

__all__ = ['ExpatError', 'error', 'ParserCreate', 'ErrorString', 'XMLParserType',
           'EXPAT_VERSION', 'version_info', 'native_encoding', 'errors', 'model', 'features']

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    """A syntax error: `code`, `lineno` and `offset` (0-based column)."""


error = ExpatError

_MESSAGES = [
    'out of memory', 'syntax error', 'no element found', 'not well-formed (invalid token)',
    'unclosed token', 'partial character', 'mismatched tag', 'duplicate attribute',
    'junk after document element', 'illegal parameter entity reference', 'undefined entity',
    'recursive entity reference', 'asynchronous entity', 'reference to invalid character number',
    'reference to binary entity', 'reference to external entity in attribute',
    'XML or text declaration not at start of entity', 'unknown encoding',
    'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
    'error in processing external entity reference', 'document is not standalone',
    'unexpected parser state - please send a bug report', 'entity declared in parameter entity',
    'requested feature requires XML_DTD support in Expat',
    'cannot change setting once parsing has begun', 'unbound prefix', 'must not undeclare prefix',
    'incomplete markup in parameter entity', 'XML declaration not well-formed',
    'text declaration not well-formed', 'illegal character(s) in public id', 'parser suspended',
    'parser not suspended', 'parsing aborted', 'parsing finished',
    'cannot suspend in external parameter entity',
    'reserved prefix (xml) must not be undeclared or bound to another namespace name',
    'reserved prefix (xmlns) must not be declared or undeclared',
    'prefix must not be bound to one of the reserved namespace names', 'invalid argument',
    'a successful prior call to function XML_GetBuffer is required',
    'limit on input amplification factor (from DTD and entities) breached',
]
_NAMES = [
    'NO_MEMORY', 'SYNTAX', 'NO_ELEMENTS', 'INVALID_TOKEN', 'UNCLOSED_TOKEN', 'PARTIAL_CHAR',
    'TAG_MISMATCH', 'DUPLICATE_ATTRIBUTE', 'JUNK_AFTER_DOC_ELEMENT', 'PARAM_ENTITY_REF',
    'UNDEFINED_ENTITY', 'RECURSIVE_ENTITY_REF', 'ASYNC_ENTITY', 'BAD_CHAR_REF',
    'BINARY_ENTITY_REF', 'ATTRIBUTE_EXTERNAL_ENTITY_REF', 'MISPLACED_XML_PI', 'UNKNOWN_ENCODING',
    'INCORRECT_ENCODING', 'UNCLOSED_CDATA_SECTION', 'EXTERNAL_ENTITY_HANDLING', 'NOT_STANDALONE',
    'UNEXPECTED_STATE', 'ENTITY_DECLARED_IN_PE', 'FEATURE_REQUIRES_XML_DTD',
    'CANT_CHANGE_FEATURE_ONCE_PARSING', 'UNBOUND_PREFIX', 'UNDECLARING_PREFIX', 'INCOMPLETE_PE',
    'XML_DECL', 'TEXT_DECL', 'PUBLICID', 'SUSPENDED', 'NOT_SUSPENDED', 'ABORTED', 'FINISHED',
    'SUSPEND_PE', 'RESERVED_PREFIX_XML', 'RESERVED_PREFIX_XMLNS', 'RESERVED_NAMESPACE_URI',
    'INVALID_ARGUMENT', 'NO_BUFFER', 'AMPLIFICATION_LIMIT_BREACH',
]


class _ErrorsModule:
    """xml.parsers.expat.errors: XML_ERROR_* message constants, `codes` and `messages`."""

    def __init__(self):
        self.__name__ = 'pyexpat.errors'
        self.codes = {}
        self.messages = {}
        for code, (name, message) in enumerate(zip(_NAMES, _MESSAGES), 1):
            setattr(self, 'XML_ERROR_' + name, message)
            self.codes[message] = code
            self.messages[code] = message


class _ModelModule:
    """xml.parsers.expat.model: content-model constants."""

    def __init__(self):
        self.__name__ = 'pyexpat.model'
        for value, name in enumerate(['EMPTY', 'ANY', 'MIXED', 'NAME', 'CHOICE', 'SEQ'], 1):
            setattr(self, 'XML_CTYPE_' + name, value)
        for value, name in enumerate(['NONE', 'OPT', 'REP', 'PLUS']):
            setattr(self, 'XML_CQUANT_' + name, value)


errors = _ErrorsModule()
model = _ModelModule()


def ErrorString(code):
    """The message of an expat error code."""
    return errors.messages.get(code)


_HANDLERS = (
    'StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
    'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
    'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
    'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
    'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
    'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
    'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler', 'SkippedEntityHandler',
)

_CDATA_MARK = '_\u00b7'      # a short processing-instruction target standing for a CDATA section
_CDATA_RE = re.compile(r'<!\[CDATA\[(.*?)\]\]>', re.DOTALL)
_XML_DECL_RE = re.compile(r'<\?xml\s+version\s*=\s*(["\'])([^"\']*)\1'
                          r'(?:\s+encoding\s*=\s*(["\'])([^"\']*)\3)?'
                          r'(?:\s+standalone\s*=\s*(["\'])(yes|no)\5)?\s*\?>')
_REFERENCE_RE = re.compile(r'&[^;&<]*;')

# The internal subset of a DOCTYPE and the entity declarations in it (reported to EntityDeclHandler).
_INTERNAL_SUBSET_RE = re.compile(r'<!DOCTYPE[^>\[]*\[(.*?)\]\s*>', re.DOTALL)
_QUOTED = r'(?:"([^"]*)"|\'([^\']*)\')'
_ENTITY_DECL_RE = re.compile(
    r'<!ENTITY\s+(%\s+)?([^\s%"\']+)\s+(?:' + _QUOTED +
    r'|SYSTEM\s+' + _QUOTED + r'|PUBLIC\s+' + _QUOTED + r'\s+' + _QUOTED + r')(?:\s+NDATA\s+([^\s>]+))?\s*>')


def _entity_decl_args(m):
    # (name, is_parameter_entity, value, base, system_id, public_id, notation_name), as expat passes them.
    g = m.groups()
    value = g[2] if g[2] is not None else g[3]
    system = next((x for x in (g[4], g[5], g[8], g[9]) if x is not None), None)
    public = g[6] if g[6] is not None else g[7]
    return (g[1], 1 if g[0] else 0, value, None, system, public, g[10])
_EOF_CODES = (3, 5, 6, 20)   # errors that only mean "the document is not complete yet"
_TRUNCATION_CODES = (4, 11, 14)  # errors a cut in the middle of a reference also gives
# Above this many characters, events wait for the final Parse call (each Parse call parses
# the whole document again, which would be quadratic for big documents fed in pieces).
_INCREMENTAL_LIMIT = 8192


class _Incomplete(Exception):
    pass


def _make_scanner_class():
    import xml.etree.ElementTree       # first: _xmlparser needs it imported
    from xml.etree import _xmlparser

    class _Scanner(_xmlparser.XMLParser):
        """Sharpy's XML parser, reporting raw names and expat's character-data pieces."""

        namespaces = False
        boundaries = ()

        def _resolve(self, qname, pos, is_attr=False):
            if self.namespaces:
                _xmlparser.XMLParser._resolve(self, qname, pos, is_attr)
            return qname

        def _start_tag(self, i):
            self.target.pos = i
            result = _xmlparser.XMLParser._start_tag(self, i)
            self.target.raw_attrs = result[1]
            return result

        def _expand(self, raw, base, attribute=False):
            text = _xmlparser.XMLParser._expand(self, raw, base, attribute)
            if not attribute:
                self.target.pieces = self._pieces(raw, base)
            return text

        def _comment(self, i):
            self.target.pos = i
            return _xmlparser.XMLParser._comment(self, i)

        def _pi(self, i):
            self.target.pos = i
            return _xmlparser.XMLParser._pi(self, i)

        def _doctype(self, i):
            self.target.pos = i
            return _xmlparser.XMLParser._doctype(self, i)

        def _close_element(self, stack, pos):
            # expat reports an end tag at its '</', an empty element's end after its '/>'.
            text = self._text
            self.target.pos = pos if text[pos - 2:pos] == '/>' else text.rfind('</', 0, pos)
            return _xmlparser.XMLParser._close_element(self, stack, pos)

        def _pieces(self, raw, base):
            """The chunks expat reports for `raw` (at text[base]) with their offsets:
            references alone, each newline alone, and cuts where one Parse call's data ended."""
            boundaries = self.boundaries
            k = bisect.bisect_right(boundaries, base)
            crosses = k < len(boundaries) and boundaries[k] < base + len(raw)
            if not crosses and '&' not in raw and '\n' not in raw:
                return [(raw, base)]
            cuts = {0, len(raw)}
            if '&' in raw:
                for m in _REFERENCE_RE.finditer(raw):
                    cuts.update((m.start(), m.end()))
            k2 = raw.find('\n')
            while k2 >= 0:
                cuts.update((k2, k2 + 1))
                k2 = raw.find('\n', k2 + 1)
            while k < len(boundaries) and boundaries[k] < base + len(raw):
                cuts.add(boundaries[k] - base)
                k += 1
            points = sorted(cuts)
            pieces = []
            for start, end in zip(points, points[1:]):
                chunk = raw[start:end]
                if chunk[0] == '&' and chunk[-1] == ';':
                    chunk = _xmlparser.XMLParser._expand(self, chunk, base + start)
                pieces.append((chunk, base + start))
            return pieces

    return _Scanner


class _Recorder:
    """Parser target collecting expat-style events as (handler name, args)."""

    def __init__(self, owner):
        self.owner = owner
        self.events = []
        self.raw_attrs = []
        self.pieces = None
        self.cdata = []
        self.scanner = None
        self.pos = 0

    def _name(self, qname, is_attr=False):
        owner = self.owner
        sep = owner._namespace_separator
        if sep is None:
            return qname
        scope = self.scanner._ns_stack[-1]
        if ':' in qname:
            prefix, local = qname.split(':', 1)
            uri = scope.get(prefix)
            if owner.namespace_prefixes:
                return '%s%s%s%s%s' % (uri, sep, local, sep, prefix)
            return '%s%s%s' % (uri, sep, local)
        if is_attr:
            return qname
        uri = scope.get('')
        return '%s%s%s' % (uri, sep, qname) if uri else qname

    def start_ns(self, prefix, uri):
        if self.owner._namespace_separator is not None:
            self.events.append(('StartNamespaceDeclHandler', (prefix or None, uri), self.pos))

    def end_ns(self, prefix):
        if self.owner._namespace_separator is not None:
            self.events.append(('EndNamespaceDeclHandler', (prefix or None,), self.pos))

    def start(self, tag, attrib):
        owner = self.owner
        names = []
        for name, value in self.raw_attrs:
            if owner._namespace_separator is not None and (name == 'xmlns' or name.startswith('xmlns:')):
                continue
            names.append((self._name(name, True), value))
        if owner.ordered_attributes:
            attrs = [x for pair in names for x in pair]
        else:
            attrs = dict(names)
        self.events.append(('StartElementHandler', (self._name(tag), attrs), self.pos))

    def end(self, tag):
        self.events.append(('EndElementHandler', (self._name(tag),), self.pos))

    def data(self, text):
        pieces = self.pieces
        if pieces is None or ''.join(piece for piece, _ in pieces) != text:
            pieces = [(text, self.pos)]
        self.pieces = None
        for piece, pos in pieces:
            if piece:
                self.events.append(('CharacterDataHandler', (piece,), pos))

    def comment(self, text):
        if self.cdata and _CDATA_MARK in text:
            text = re.sub(r'<\?%s (\d+) \s*\?>' % _CDATA_MARK,
                          lambda m: '<![CDATA[%s]]>' % self.cdata[int(m.group(1))], text)
        self.events.append(('CommentHandler', (text,), self.pos))

    def pi(self, target, data):
        if target == _CDATA_MARK:
            content = self.cdata[int(data.split()[0])]
            start = self.pos
            self.events.append(('StartCdataSectionHandler', (), start))
            offset = start + 9                      # after '<![CDATA['
            for piece in re.split(r'(\n)', content):
                if piece:
                    self.events.append(('CharacterDataHandler', (piece,), offset))
                offset += len(piece)
            self.events.append(('EndCdataSectionHandler', (), offset))
            return
        self.events.append(('ProcessingInstructionHandler', (target, data), self.pos))

    def doctype(self, name, pubid, system):
        has_subset = 1 if '[' in self.owner._doctype_text else 0
        self.events.append(('StartDoctypeDeclHandler', (name, system, pubid, has_subset), self.pos))
        if has_subset:
            subset = _INTERNAL_SUBSET_RE.search(self.owner._text_now)
            for decl in _ENTITY_DECL_RE.finditer(subset.group(1) if subset else ''):
                self.events.append(('EntityDeclHandler', _entity_decl_args(decl), self.pos))
        self.events.append(('EndDoctypeDeclHandler', (), self.pos))

    def close(self):
        return None


class xmlparser:
    """An XML parser object from ParserCreate()."""

    def __init__(self, encoding=None, namespace_separator=None):
        self._encoding = encoding
        self._namespace_separator = namespace_separator
        self._chunks = []
        self._delivered = 0
        self._finished = False
        self._size = 0
        self._error = None
        self._base = None
        self.buffer_text = False
        self.buffer_size = 8192
        self.buffer_used = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {}
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1
        self._doctype_text = ''
        for name in _HANDLERS:
            setattr(self, name, None)

    # -- input -------------------------------------------------------------
    def Parse(self, data, isfinal=False):
        if self._error is not None:
            self._raise(*self._error)      # expat stays in its error state
        if self._finished:
            self._raise(36, self.CurrentLineNumber, self.CurrentColumnNumber)
        if data:
            self._chunks.append(data)
            self._size += len(data)
        if not isfinal and self._size > _INCREMENTAL_LIMIT:
            return 1    # re-parsing big documents at every piece would be quadratic
        self._run(bool(isfinal))
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        data = file.read()
        return self.Parse(data, True)

    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        return None

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        return xmlparser(encoding or self._encoding, self._namespace_separator)

    # -- parsing -----------------------------------------------------------
    def _text(self):
        """The decoded data so far, and the offsets where each Parse call's data ended."""
        import xml.etree.ElementTree       # first: _xmlparser needs it imported
        from xml.etree import _xmlparser
        chunks = self._chunks
        if any(isinstance(c, (bytes, bytearray)) for c in chunks):
            raw = b''.join(bytes(c) if isinstance(c, (bytes, bytearray)) else c.encode('utf-8')
                           for c in chunks)
            probe = _xmlparser.XMLParser(encoding=self._encoding)
            text = probe._decode(raw)
            boundaries, total = [], 0
            for c in chunks[:-1]:
                total += len(bytes(c).decode('utf-8', 'ignore') if isinstance(c, (bytes, bytearray)) else c)
                boundaries.append(total)
        else:
            text = ''.join(chunks)
            boundaries, total = [], 0
            for c in chunks[:-1]:
                total += len(c)
                boundaries.append(total)
        return text, boundaries

    def _run(self, final):
        from xml.etree.ElementTree import ParseError
        text, boundaries = self._text()
        normalized = text.replace('\r\n', '\n').replace('\r', '\n')
        recorder = _Recorder(self)
        m = re.search(r'<!DOCTYPE[^>\[]*(\[)?', normalized)
        self._doctype_text = m.group(0) if m else ''
        self._text_now = normalized       # for byte offsets: the text before CDATA marking
        self._ascii = normalized.isascii()
        self._byte_mark = (0, 0)
        if '<![CDATA[' in normalized:
            def mark(match):
                # Same length and line breaks as the section, so positions do not move.
                content = match.group(1)
                recorder.cdata.append(content)
                head = '<?%s %d ' % (_CDATA_MARK, len(recorder.cdata) - 1)
                breaks = '\n' * content.count('\n')
                pad = (match.end() - match.start()) - len(head) - len(breaks) - 2
                return head + breaks + ' ' * max(pad, 0) + '?>'
            normalized = _CDATA_RE.sub(mark, normalized)
        scanner = _make_scanner_class()(target=recorder)
        scanner.namespaces = self._namespace_separator is not None
        scanner.boundaries = boundaries
        recorder.scanner = scanner
        decl = _XML_DECL_RE.match(normalized)
        if decl:
            standalone = -1 if decl.group(6) is None else int(decl.group(6) == 'yes')
            recorder.events.append(('XmlDeclHandler', (decl.group(2), decl.group(4), standalone), 0))
        failure = None
        try:
            scanner._parse(normalized)
        except ParseError as e:
            failure = e
        lines = normalized.split('\n')
        self._line_starts = [0]
        for line in lines[:-1]:
            self._line_starts.append(self._line_starts[-1] + len(line) + 1)
        code = getattr(failure, 'code', 2)
        line, column = getattr(failure, 'position', (1, 0))
        if failure is not None and not final:
            if code in _EOF_CODES:
                failure = None             # the rest of the document may still come
            elif code in _TRUNCATION_CODES and self._near_end(lines, line, column):
                self._deliver(recorder.events)
                return                     # maybe a reference cut by the end of the data
        self._deliver(recorder.events)
        self._set_position(len(normalized))
        if failure is not None:
            self._error = (code, line, column)
            self._raise(code, line, column)

    @staticmethod
    def _near_end(lines, line, column):
        """Is (line, column) within the last few characters of the data?"""
        return line == len(lines) and column >= len(lines[-1]) - 10

    def _set_position(self, index):
        """Current*/Error* position attributes for a character index of the document."""
        import bisect
        line = bisect.bisect_right(self._line_starts, index)
        self.CurrentLineNumber = self.ErrorLineNumber = line
        self.CurrentColumnNumber = self.ErrorColumnNumber = index - self._line_starts[line - 1]
        if self._ascii:
            byte_index = index
        else:
            # Events come in document order: count UTF-8 bytes from the previous event on.
            mark, mark_bytes = self._byte_mark
            if index < mark:
                mark, mark_bytes = 0, 0
            byte_index = mark_bytes + len(self._text_now[mark:index].encode('utf-8', 'surrogatepass'))
            self._byte_mark = (index, byte_index)
        self.CurrentByteIndex = self.ErrorByteIndex = byte_index

    def _deliver(self, events):
        new = events[self._delivered:]
        self._delivered = len(events)
        buffered = []

        def flush():
            if buffered:
                handler = self.CharacterDataHandler
                text = ''.join(buffered)
                del buffered[:]
                if handler is not None:
                    handler(text)

        for name, args, pos in new:
            if name == 'CharacterDataHandler' and self.buffer_text:
                if not buffered:
                    self._set_position(pos)
                buffered.append(args[0])
                continue
            flush()
            handler = getattr(self, name, None)
            if handler is not None:
                self._set_position(pos)
                handler(*args)
        flush()

    def _raise(self, code, line, column):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        err = ExpatError('%s: line %d, column %d' % (ErrorString(code), line, column))
        err.code = code
        err.lineno = line
        err.offset = column
        raise err


XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None, "
                            "not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, or None')
    parser = xmlparser(encoding, namespace_separator)
    if intern is not None:
        parser.intern = intern
    return parser
