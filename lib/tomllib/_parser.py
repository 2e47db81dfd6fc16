"""A TOML 1.0 parser with CPython 3.11's results and error messages.

The document is read statement by statement (one line, except for values that
span lines). Which keys may still be extended is tracked in a tree of flags
that mirrors the tables (see _Flags); error positions follow CPython's parser
exactly, since programs print the messages.
"""

from tomllib._scalars import read_date_or_datetime, read_local_time, read_number


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CONTROL = frozenset(chr(c) for c in range(32)) | {"\x7f"}
# Characters that may not appear raw in one-line strings and comments, and in multi-line strings.
_BAD_ONE_LINE = _CONTROL - {"\t"}
_BAD_MULTI_LINE = _CONTROL - {"\t", "\n"}

_SPACE = frozenset(" \t")
_SPACE_OR_NEWLINE = frozenset(" \t\n")
_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE_KEY | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_SPECIAL_FLOATS = frozenset(("inf", "nan", "+inf", "-inf", "+nan", "-nan"))

# Flags on a key.
_FROZEN = 1      # an inline table or array: nothing may be added to it
_EXPLICIT = 2    # defined by a [table] header or a dotted key: no second [table] for it


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # TOML lets a parser read CRLF as LF everywhere, strings included.
    src = s.replace("\r\n", "\n")
    if parse_float is not float:
        parse_float = _checked_float_parser(parse_float)
    return _Parser(src, parse_float).document()


def _checked_float_parser(parse_float):
    # A dict or list would be taken for a table or array by the parser.
    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


class _FlagNode:
    __slots__ = ("own", "inherited", "children")

    def __init__(self):
        self.own = 0          # flags of this key
        self.inherited = 0    # flags of this key and everything below it
        self.children = {}


class _Flags:
    """Flags per key path. Dotted keys only become 'explicit' at the next table
    header (pending), so one table section may keep extending them."""

    def __init__(self):
        self.root = _FlagNode()
        self.pending = set()

    def has(self, key, flag):
        if not key:
            return False
        node = self.root
        for part in key[:-1]:
            node = node.children.get(part)
            if node is None:
                return False
            if node.inherited & flag:
                return True
        node = node.children.get(key[-1])
        return node is not None and bool((node.own | node.inherited) & flag)

    def set(self, key, flag, recursive=False):
        node = self.root
        for part in key:
            child = node.children.get(part)
            if child is None:
                child = node.children[part] = _FlagNode()
            node = child
        if recursive:
            node.inherited |= flag
        else:
            node.own |= flag

    def clear(self, key):
        node = self.root
        for part in key[:-1]:
            node = node.children.get(part)
            if node is None:
                return
        node.children.pop(key[-1], None)

    def apply_pending(self):
        for key in self.pending:
            self.set(key, _EXPLICIT)
        self.pending.clear()


class _NoTable(Exception):
    """A key path runs into a value that is not a table."""


def _table_at(root, key, through_arrays=True):
    """The table at key below root, creating missing tables; an array of
    tables stands for its last element."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_arrays and isinstance(table, list):
            if not table:
                raise _NoTable
            table = table[-1]
        if not isinstance(table, dict):
            raise _NoTable
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.data = {}
        self.flags = _Flags()

    # ---- errors and low-level scanning ----

    def error(self, pos, message):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        n = len(src)
        while pos < n and src[pos] in chars:
            pos += 1
        return pos

    def find(self, pos, terminator, forbidden, must_exist):
        """The position of terminator from pos; a forbidden character before it is an error."""
        src = self.src
        end = src.find(terminator, pos)
        if end < 0:
            end = len(src)
            if must_exist:
                raise self.error(end, f"Expected {terminator!r}")
        if not forbidden.isdisjoint(src[pos:end]):
            while src[pos] not in forbidden:
                pos += 1
            raise self.error(pos, f"Found invalid character {src[pos]!r}")
        return end

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.find(pos + 1, "\n", _BAD_ONE_LINE, False)
        return pos

    def skip_array_space(self, pos):
        # Inside arrays, newlines and comments count as whitespace.
        while True:
            start = pos
            pos = self.skip_comment(self.skip(pos, _SPACE_OR_NEWLINE))
            if pos == start:
                return pos

    # ---- statements ----

    def document(self):
        src = self.src
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _SPACE)
            c = self.char(pos)
            if c is None:
                break
            if c == "\n":
                pos += 1
                continue
            if c in _KEY_START:
                pos = self.key_value_statement(pos, header)
                pos = self.skip(pos, _SPACE)
            elif c == "[":
                self.flags.apply_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _SPACE)
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            c = self.char(pos)
            if c is None:
                break
            if c != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.data

    def table_header(self, pos):
        pos, key = self.key(self.skip(pos + 1, _SPACE))
        flags = self.flags
        if flags.has(key, _EXPLICIT) or flags.has(key, _FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        flags.set(key, _EXPLICIT)
        try:
            _table_at(self.data, key)
        except _NoTable:
            raise self.error(pos, "Cannot overwrite a value") from None
        if self.char(pos) != "]":
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos):
        pos, key = self.key(self.skip(pos + 2, _SPACE))
        flags = self.flags
        if flags.has(key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        # A new element: whatever was declared inside the previous one is forgotten...
        flags.clear(key)
        # ...but [key] itself stays forbidden.
        flags.set(key, _EXPLICIT)
        try:
            parent = _table_at(self.data, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise _NoTable
        except _NoTable:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, header):
        pos, key, value = self.key_value(pos)
        flags = self.flags
        # Tables created by a dotted key cannot be reopened by a later [table] or dotted key.
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if flags.has(prefix, _EXPLICIT):
                raise self.error(pos, f"Cannot redefine namespace {prefix}")
            flags.pending.add(prefix)
        parent_key = header + key[:-1]
        if flags.has(parent_key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {parent_key}")
        try:
            table = _table_at(self.data, parent_key)
        except _NoTable:
            raise self.error(pos, "Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            flags.set(header + key, _FROZEN, recursive=True)
        table[key[-1]] = value
        return pos

    # ---- keys ----

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos, value = self.value(self.skip(pos + 1, _SPACE))
        return pos, key, value

    def key(self, pos):
        parts = []
        while True:
            pos, part = self.key_part(pos)
            parts.append(part)
            pos = self.skip(pos, _SPACE)
            if self.char(pos) != ".":
                return pos, tuple(parts)
            pos = self.skip(pos + 1, _SPACE)

    def key_part(self, pos):
        c = self.char(pos)
        if c is not None and c in _BARE_KEY:
            end = self.skip(pos, _BARE_KEY)
            return end, self.src[pos:end]
        if c == "'":
            return self.literal_string(pos)
        if c == '"':
            return self.basic_string(pos + 1, multiline=False)
        raise self.error(pos, "Invalid initial character for a key part")

    # ---- values ----

    def value(self, pos):
        src = self.src
        c = self.char(pos)
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, literal=False)
            return self.basic_string(pos + 1, multiline=False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, literal=True)
            return self.literal_string(pos)
        if c == "t" and src.startswith("true", pos):
            return pos + 4, True
        if c == "f" and src.startswith("false", pos):
            return pos + 5, False
        if c == "[":
            return self.array(pos)
        if c == "{":
            return self.inline_table(pos)
        try:
            found = read_date_or_datetime(src, pos)
        except ValueError as e:
            raise self.error(pos, "Invalid date or datetime") from e
        if found is None:
            found = read_local_time(src, pos)
        if found is None:
            found = read_number(src, pos, self.parse_float)
        if found is not None:
            return found
        for size in (3, 4):
            word = src[pos:pos + size]
            if word in _SPECIAL_FLOATS:
                return pos + size, self.parse_float(word)
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.char(pos) == "]":
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            c = self.char(pos)
            if c == "]":
                return pos + 1, items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if self.char(pos) == "]":
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        flags = _Flags()
        pos = self.skip(pos + 1, _SPACE)
        if self.char(pos) == "}":
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            if flags.has(key, _FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                parent = _table_at(table, key[:-1], through_arrays=False)
            except _NoTable:
                raise self.error(pos, "Cannot overwrite a value") from None
            if key[-1] in parent:
                raise self.error(pos, f"Duplicate inline table key {key[-1]!r}")
            parent[key[-1]] = value
            pos = self.skip(pos, _SPACE)
            c = self.char(pos)
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, recursive=True)
            pos = self.skip(pos + 1, _SPACE)

    # ---- strings ----

    def literal_string(self, pos):
        start = pos + 1
        end = self.find(start, "'", _BAD_ONE_LINE, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1   # a newline right after the opening quotes is not part of the string
        if literal:
            quote = "'"
            end = self.find(pos, "'''", _BAD_MULTI_LINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            quote = '"'
            pos, text = self.basic_string(pos, multiline=True)
        # Up to two quotes may precede the closing three ('''a''''' is "a''").
        for _ in range(2):
            if not src.startswith(quote, pos):
                break
            text += quote
            pos += 1
        return pos, text

    def basic_string(self, pos, multiline):
        """The string whose body starts at pos (after the opening quote(s))."""
        src = self.src
        n = len(src)
        forbidden = _BAD_MULTI_LINE if multiline else _BAD_ONE_LINE
        pieces = []
        start = pos
        while True:
            if pos >= n:
                raise self.error(pos, "Unterminated string")
            c = src[pos]
            if c == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    return pos + 1, "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    return pos + 3, "".join(pieces)
                pos += 1
            elif c == "\\":
                pieces.append(src[start:pos])
                pos, piece = self.escape(pos, multiline)
                pieces.append(piece)
                start = pos
            elif c in forbidden:
                raise self.error(pos, f"Illegal character {c!r}")
            else:
                pos += 1

    def escape(self, pos, multiline):
        """The escape sequence at pos (a backslash): (end, text)."""
        src = self.src
        kind = src[pos + 1:pos + 2]
        pos += 2
        if multiline and kind in (" ", "\t", "\n"):
            # A line-ending backslash swallows the newline and the whitespace after it.
            if kind != "\n":
                pos = self.skip(pos, _SPACE)
                c = self.char(pos)
                if c is None:
                    return pos, ""
                if c != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _SPACE_OR_NEWLINE), ""
        if kind == "u":
            return self.unicode_escape(pos, 4)
        if kind == "U":
            return self.unicode_escape(pos, 8)
        text = _ESCAPES.get(kind) if kind else None
        if text is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        return pos, text

    def unicode_escape(self, pos, size):
        digits = self.src[pos:pos + size]
        if len(digits) != size or not _HEX.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += size
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)
