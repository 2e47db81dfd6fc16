"""Parsers turning message text or bytes into Message trees.

The parse is done on the whole text at once (CPython's FeedParser is incremental): headers
up to the first blank line, then the body, split at the boundaries of multipart types.
"""

import re

from email import errors
from email._policybase import compat32

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

_HEADER_START = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
_EOL = re.compile(r'(\r\n|\r|\n)\Z')
_BOL = re.compile(r'\A(\r\n|\r|\n)')


def _strip_eol(line):
    m = _EOL.search(line)
    return line[:m.start()] if m else line


def _is_blank(line):
    return line in ('\n', '\r\n', '\r')


class _TextParser:

    def __init__(self, factory, policy):
        self._factory = factory
        self.policy = policy

    def _new_message(self):
        try:
            return self._factory(policy=self.policy)
        except TypeError:
            return self._factory()

    def parse(self, text, headersonly=False, default_type=None):
        msg = self._new_message()
        if default_type is not None:
            msg.set_default_type(default_type)
        lines = text.splitlines(keepends=True)
        body = self._parse_headers(msg, lines)
        if headersonly:
            msg.set_payload(''.join(body))
            return msg
        self._parse_body(msg, body)
        return msg

    def _parse_headers(self, msg, lines):
        """Store the headers at the start of `lines` in msg; returns the body's lines."""
        # The header block: lines that look like headers, up to a blank line or a body line.
        end = 0
        while end < len(lines) and _HEADER_START.match(lines[end]):
            end += 1
        block = lines[:end]
        if end < len(lines) and _is_blank(lines[end]):
            body = lines[end + 1:]
        else:
            body = lines[end:]
            if body:
                self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
        current = []            # source lines of the header being collected

        def flush():
            if current:
                msg.set_raw(*self.policy.header_source_parse(current))
                current.clear()

        for index, line in enumerate(block):
            if line[0] in ' \t':
                if not current:
                    self.policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                current.append(line)
                continue
            flush()
            if line.startswith('From '):
                if index == 0:
                    msg.set_unixfrom(_strip_eol(line))
                elif index == len(block) - 1:
                    # A 'From ' line ending the headers is the first line of the body.
                    return [line] + body
                else:
                    self.policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            if line.find(':') == 0:
                self.policy.handle_defect(msg, errors.InvalidHeaderDefect("Missing header name."))
                continue
            current.append(line)
        flush()
        return body

    def _parse_body(self, msg, body):
        maintype = msg.get_content_maintype()
        if maintype == 'multipart':
            self._parse_multipart(msg, body)
        elif msg.get_content_type() in ('message/rfc822', 'message/global'):
            msg.set_payload([self._sub_parser().parse(''.join(body))])
        else:
            msg.set_payload(''.join(body))

    def _sub_parser(self):
        return _TextParser(self._factory, self.policy)

    def _not_multipart(self, msg, body):
        # A multipart/* message whose body could not be split keeps it as a string.
        msg.set_payload(''.join(body))
        self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())

    def _parse_multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            self._not_multipart(msg, body)
            return
        if str(msg.get('content-transfer-encoding', '8bit')).lower() not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        delimiter = re.compile('(' + re.escape('--' + boundary) + r')(--)?[ \t]*(\r\n|\r|\n)?$')
        preamble, parts, epilogue = [], [], None
        current = None
        closed = False
        for index, line in enumerate(body):
            m = delimiter.match(line)
            if m:
                if current is None and m.group(2):
                    # A close delimiter before any start: the body before it stays a string
                    # and what follows is dropped (as CPython's parser does).
                    self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
                    msg.set_payload(''.join(preamble))
                    msg.epilogue = ''
                    self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
                    return
                if current is not None:
                    parts.append(current)
                if m.group(2):
                    closed = True
                    epilogue = body[index + 1:]
                    break
                current = []
            elif current is None:
                preamble.append(line)
            else:
                current.append(line)
        if current is None:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.epilogue = ''
            self._not_multipart(msg, body)
            return
        if not closed:
            parts.append(current)
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
        if preamble:
            preamble[-1] = _strip_eol(preamble[-1])
            msg.preamble = ''.join(preamble)
        default_type = 'message/rfc822' if msg.get_content_subtype() == 'digest' else None
        msg._payload = []
        for lines in parts:
            part = self._sub_parser().parse(''.join(lines), default_type=default_type)
            # The line break before a delimiter belongs to the delimiter: it comes off the
            # part's payload, or its epilogue for a multipart (also for the last part when
            # the close delimiter is missing).
            if part.get_content_maintype() == 'multipart':
                if isinstance(part.epilogue, str):
                    part.epilogue = _strip_eol(part.epilogue)
            elif isinstance(part._payload, str):
                part._payload = _strip_eol(part._payload)
            msg.attach(part)
        if not msg._payload:
            self.policy.handle_defect(msg, errors.MultipartInvariantViolationDefect())
        if epilogue is not None:
            if epilogue:
                epilogue[0] = _BOL.sub('', epilogue[0])
            msg.epilogue = ''.join(epilogue)


def _factory_for(cls, policy):
    if cls is not None:
        return cls
    if policy.message_factory is not None:
        return policy.message_factory
    from email.message import Message
    return Message


class Parser:
    """Parses text messages (strings or text files)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _TextParser(_factory_for(self._class, self.policy), self.policy).parse(
            text, headersonly)


class HeaderParser(Parser):

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses binary messages; bytes that are not ASCII survive as surrogate escapes."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = bytes(text).decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)


class FeedParser:
    """Collects text with feed() and parses it all on close()."""

    def __init__(self, _factory=None, *, policy=compat32):
        self._factory = _factory
        self.policy = policy
        self._chunks = []

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        return _TextParser(_factory_for(self._factory, self.policy), self.policy).parse(
            ''.join(self._chunks))


class BytesFeedParser(FeedParser):

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
