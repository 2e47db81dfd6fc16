"""CSV file reading and writing (Sharpy's own csv; the C _csv module's logic in Python)."""

import re
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect', 'DictReader',
           'DictWriter', 'unix_dialect']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
__version__ = '1.0'


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


def _char_attr(name, value, default, allow_none):
    if value is _MISSING:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kinds = 'string or None' if allow_none else 'string'
        raise TypeError('"%s" must be %s, not %s' % (name, kinds, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    """The validated, read-only dialect object readers and writers hold (CPython's _csv.Dialect)."""

    _names = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
              'skipinitialspace', 'strict')

    def __init__(self, dialect=None, **kwargs):
        for name in kwargs:
            if name not in self._names:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")

        def get(name):
            # A keyword wins over the dialect's attribute; _MISSING means "not given" (C's NULL).
            value = kwargs.get(name, _MISSING)
            if value is _MISSING and dialect is not None:
                value = getattr(dialect, name, _MISSING)
            return value

        # Attributes are converted in CPython's order (so the first bad one is reported), then
        # the combination is checked.
        d = {'delimiter': _char_attr('delimiter', get('delimiter'), ',', False)}
        doublequote = get('doublequote')
        d['doublequote'] = True if doublequote is _MISSING else bool(doublequote)
        d['escapechar'] = _char_attr('escapechar', get('escapechar'), None, True)
        lineterminator = get('lineterminator')
        if lineterminator is _MISSING:
            lineterminator = '\r\n'
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        d['lineterminator'] = lineterminator
        quotechar = get('quotechar')
        d['quotechar'] = _char_attr('quotechar', quotechar, '"', True)
        quoting = get('quoting')
        if quoting is not _MISSING and not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        d['quoting'] = QUOTE_MINIMAL if quoting is _MISSING else quoting
        for name in ('skipinitialspace', 'strict'):
            value = get(name)
            d[name] = False if value is _MISSING else bool(value)
        if d['quoting'] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        # quotechar=None without any quoting setting means QUOTE_NONE; with quoting enabled it
        # is an error.
        if quotechar is None and quoting is _MISSING:
            d['quoting'] = QUOTE_NONE
        if d['quotechar'] is None and d['quoting'] != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if d['lineterminator'] is None:
            raise TypeError('lineterminator must be set')
        for key, value in d.items():
            object.__setattr__(self, key, value)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)

    def __repr__(self):
        return '<_csv.Dialect object at 0x%x>' % id(self)


_MISSING = object()
_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, fmtparams):
    if dialect is None:
        return _Dialect(None, **fmtparams)
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _Dialect(dialect, **fmtparams)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams) if dialect is not None or fmtparams \
        else _Dialect()


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect') from None
    del _dialects[name]


def get_dialect(name):
    try:
        found = _dialects.get(name)
    except TypeError:       # an unhashable name
        found = None
    if found is None:
        raise Error('unknown dialect')
    return found


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


# ---------------------------------------------------------------------------------------------
# Reader: CPython 3.11 Modules/_csv.c parse_process_char state machine
# ---------------------------------------------------------------------------------------------

(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


_END_OF_INPUT = object()


def _iter_or_none(obj):
    # C code raises its own error after a failed lookup without chaining it: return None instead of raising.
    try:
        return iter(obj)
    except TypeError:
        return None


class Reader:
    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._numeric = False
        while True:
            line = next(self._it, _END_OF_INPUT)
            if line is _END_OF_INPUT:
                # Raised outside an except block: CPython's C reader chains nothing to its Error.
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NUL')
                self._process(c)
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_FIELD
        elif state == AFTER_ESCAPED_CRNL or state == IN_FIELD:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            else:
                self._add_char(c)
                self._state = IN_FIELD
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add_char(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to open '
                            'the file in universal-newline mode?')


Reader.__name__ = 'reader'
Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


# dialect defaults to None (not 'excel') as in the C module: the defaults are excel's, but a
# quotechar=None then implies QUOTE_NONE instead of an error.
def reader(csvfile, dialect=None, **fmtparams):
    return Reader(csvfile, _make_dialect(dialect, fmtparams))


class Writer:
    def __init__(self, fileobj, dialect):
        write = getattr(fileobj, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = dialect

    def _join_field(self, field, quoted):
        d = self.dialect
        out = []
        lineterm = d.lineterminator
        for c in field:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in lineterm:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        fields = _iter_or_none(row)
        if fields is None:
            raise Error('iterable expected, not %s' % type(row).__name__)
        parts = []
        count = 0
        for field in fields:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                # PyNumber_Check: anything with __index__, __int__, __float__ or complex.
                quoted = not (isinstance(field, (int, float, complex)) or
                              any(hasattr(field, m) for m in ('__index__', '__int__', '__float__')))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._join_field(text, quoted))
        if count == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = 'writer'
Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def writer(csvfile, dialect=None, **fmtparams):
    return Writer(csvfile, _make_dialect(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args,
                 **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class Sniffer:
    """Guesses a dialect from a sample: quote character and delimiter by frequency."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(
            sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error('Could not determine delimiter')

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            matches = list(re.finditer(restr, data, re.DOTALL | re.MULTILINE))
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            groups = m.groupdict()
            key = groups['quote']
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            key = groups.get('delim')
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if groups.get('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        dq_regexp = re.compile(r'((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]'
                               r'*%(quote)s\W*((%(delim)s)|$)'
                               % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    # CPython 3.11: Lib/csv.py Sniffer._guess_delimiter — the character whose per-line count is
    # most consistent (mode of its frequencies), judged on chunks of 10 lines.
    def _guess_delimiter(self, data, delimiters):
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        char_freq = {}
        modes = {}
        delims = {}
        start, end, iteration = 0, chunk, 0
        while start < len(lines):
            iteration += 1
            for line in lines[start:end]:
                for code in range(127):
                    char = chr(code)
                    meta = char_freq.setdefault(char, {})
                    freq = line.count(char)
                    meta[freq] = meta.get(freq, 0) + 1
            for char, meta in char_freq.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda x: x[1])
                    items.remove(best)
                    modes[char] = (best[0], best[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * iteration, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0 and v[1] / total >= consistency and \
                            (delimiters is None or k in delimiters):
                        delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims)[0]
                return (delim, lines[0].count(delim) == lines[0].count('%c ' % delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, lines[0].count(d) == lines[0].count('%c ' % d))
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return (delim, lines[0].count(delim) == lines[0].count('%c ' % delim))

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                this_type = complex
                try:
                    this_type(row[col])
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        has_header = 0
        for col, col_type in column_types.items():
            if type(col_type) == type(0):
                if len(header[col]) != col_type:
                    has_header += 1
                else:
                    has_header -= 1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0


# The reader, writer and dialect machinery are C code in CPython (Modules/_csv.c): no traceback entries for
# these frames; DictReader, DictWriter, Sniffer and Dialect are Python code there too and keep theirs.
from _sharpy_traceback import native_stand_in as _native_stand_in  # noqa: E402
_native_stand_in(Reader, Writer, _Dialect, reader, writer, register_dialect, unregister_dialect, get_dialect,
                 list_dialects, field_size_limit, _char_attr, _make_dialect)
del _native_stand_in
