"""Unicode character database (Sharpy's own implementation).

Character properties (category, bidirectional class, East Asian width, combining class,
mirroring, decomposition mappings) come from compact tables generated from the Unicode 14.0
database (lib/_unicodedata_props.zlib, lib/_unicodedata_names.zlib); normalization is
implemented here on top of them (decomposition, canonical ordering, canonical composition).
Numeric values come from .NET's tables through the native _unicodedata module.
"""

import _unicodedata

__all__ = ['lookup', 'name', 'decimal', 'digit', 'numeric', 'category', 'bidirectional',
           'combining', 'east_asian_width', 'mirrored', 'decomposition', 'normalize',
           'is_normalized', 'unidata_version', 'ucd_3_2_0']

unidata_version = '14.0.0'

_ALGORITHMIC = [
    ('CJK UNIFIED IDEOGRAPH-', [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x2A6DF),
                                (0x2A700, 0x2B738), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
                                (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A)]),
    ('CJK COMPATIBILITY IDEOGRAPH-', [(0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x2F800, 0x2FA1D)]),
    ('KHITAN SMALL SCRIPT CHARACTER-', [(0x18B00, 0x18CD5)]),
    ('NUSHU CHARACTER-', [(0x1B170, 0x1B2FB)]),
]
_S_BASE, _L_COUNT, _V_COUNT, _T_COUNT = 0xAC00, 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K',
           'T', 'P', 'H']
_JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U',
           'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I']
_JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP',
           'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']

_names = None      # code point -> name
_codes = None      # name -> code point


def _load_names():
    global _names, _codes
    if _names is not None:
        return
    import os
    import zlib
    path = os.path.join(os.path.dirname(__file__), '_unicodedata_names.zlib')
    with open(path, 'rb') as f:
        text = zlib.decompress(f.read()).decode('ascii')
    names = {}
    cp = -1
    for line in text.split('\n'):
        delta, _, nm = line.partition(';')
        cp += int(delta, 16) if delta else 1
        names[cp] = nm
    _names = names
    _codes = {v: k for k, v in names.items()}


def _char(fname, ch):
    if not isinstance(ch, str):
        raise TypeError(f'{fname}() argument must be a unicode character, not {type(ch).__name__}')
    if len(ch) != 1:
        raise TypeError(f'{fname}() argument must be a unicode character, not str')
    return ord(ch)


def _name_of(cp):
    if _S_BASE <= cp < _S_BASE + _S_COUNT:
        s = cp - _S_BASE
        return ('HANGUL SYLLABLE ' + _JAMO_L[s // _N_COUNT] + _JAMO_V[(s % _N_COUNT) // _T_COUNT] +
                _JAMO_T[s % _T_COUNT])
    for prefix, ranges in _ALGORITHMIC:
        for lo, hi in ranges:
            if lo <= cp <= hi:
                return prefix + format(cp, 'X')
    _load_names()
    return _names.get(cp)


_MISSING = object()


def name(chr, default=_MISSING, /):
    n = _name_of(_char('name', chr))
    if n is None:
        if default is not _MISSING:  # an explicit None is a default too
            return default
        raise ValueError('no such name')
    return n


def _lookup(nm):
    upper = nm.upper()
    if upper.startswith('HANGUL SYLLABLE '):
        rest = upper[16:]
        for li, l in enumerate(_JAMO_L):
            if not rest.startswith(l):
                continue
            for vi, v in enumerate(_JAMO_V):
                if not rest[len(l):].startswith(v):
                    continue
                tail = rest[len(l) + len(v):]
                if tail in _JAMO_T:
                    return _S_BASE + (li * _V_COUNT + vi) * _T_COUNT + _JAMO_T.index(tail)
    for prefix, ranges in _ALGORITHMIC:
        if upper.startswith(prefix):
            try:
                cp = int(upper[len(prefix):], 16)
            except ValueError:
                return None
            if any(lo <= cp <= hi for lo, hi in ranges) and \
                    upper[len(prefix):] == format(cp, 'X'):
                return cp
            return None
    _load_names()
    return _codes.get(upper)


def lookup(name, /):
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    if not isinstance(name, str):
        raise TypeError(f'lookup() argument must be str, not {type(name).__name__}')
    cp = _lookup(name)
    if cp is None:
        raise KeyError(f"undefined character name '{name}'")
    return chr(cp)


def decimal(chr, default=_MISSING, /):
    cp = _char('decimal', chr)
    v = _unicodedata.decimal(cp) if _range_value('category', cp, 'Cn') != 'Cn' else None
    if v is None:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return v


def digit(chr, default=_MISSING, /):
    cp = _char('digit', chr)
    v = _unicodedata.digit(cp) if _range_value('category', cp, 'Cn') != 'Cn' else None
    if v is None:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return v


def numeric(chr, default=_MISSING, /):
    cp = _char('numeric', chr)
    v = _unicodedata.numeric(cp) if _range_value('category', cp, 'Cn') != 'Cn' else None
    if v is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return v


_props = None


def _parse_ranges(lines, convert):
    starts, ends, values = [], [], []
    prev_end = -1
    for line in lines:
        gap, length, value = line.split(',')
        start = prev_end + 1 + int(gap, 16)
        end = start + int(length, 16)
        starts.append(start)
        ends.append(end)
        values.append(convert(value))
        prev_end = end
    return starts, ends, values


_sections = None


def _section(name):
    """Lines of one table of lib/_unicodedata_props.zlib (the file is split once, lazily)."""
    global _sections
    if _sections is None:
        import os
        import zlib
        path = os.path.join(os.path.dirname(__file__), '_unicodedata_props.zlib')
        with open(path, 'rb') as f:
            text = zlib.decompress(f.read()).decode('ascii')
        _sections = {}
        for chunk in text.split('@')[1:]:
            head, _, body = chunk.partition('\n')
            _sections[head] = body
    return _sections[name].split('\n')


_tables = {}


def _load_props():
    """The decomposition tables (parsed on first use of normalize/decomposition)."""
    global _props
    if _props is not None:
        return _props
    decomp = {}
    cp = -1
    for line in _section('decomp'):
        if not line:
            continue
        delta, _, mapping = line.partition(';')
        cp += int(delta, 16)
        decomp[cp] = mapping
    exclusions = {int(x, 16) for x in _section('exclusions') if x}
    canon = {}
    compose = {}
    compat = {}
    for cp, mapping in decomp.items():
        if mapping.startswith('<'):
            compat[cp] = tuple(int(x, 16) for x in mapping.split()[1:])
            continue
        parts = tuple(int(x, 16) for x in mapping.split())
        canon[cp] = parts
        if len(parts) == 2 and cp not in exclusions:
            compose[parts] = cp
    _props = {'decomp': decomp, 'canon': canon, 'compat': compat, 'compose': compose}
    return _props


_CONVERTERS = {'category': str, 'bidi': str, 'eaw': str, 'ccc': int, 'mirrored': int}


def _range_value(table, cp, default):
    import bisect
    t = _tables.get(table)
    if t is None:
        t = _tables[table] = _parse_ranges([x for x in _section(table) if x],
                                           _CONVERTERS[table])
    starts, ends, values = t
    i = bisect.bisect_right(starts, cp) - 1
    if i >= 0 and cp <= ends[i]:
        return values[i]
    return default


# Categories of U+0000..U+00FF, two letters each: answered without loading the tables.
_LATIN1_CATEGORIES = (
    'CcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCc'
    'ZsPoPoPoScPoPoPoPsPePoSmPoPdPoPoNdNdNdNdNdNdNdNdNdNdPoPoSmSmSmPo'
    'PoLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuPsPoPeSkPc'
    'SkLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlPsSmPeSmCc'
    'CcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCcCc'
    'ZsPoScScScScSoPoSkSoLoPiSmCfSoSkSoSmNoNoSkLlPoPoSkNoLoPfNoNoNoPo'
    'LuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuLuSmLuLuLuLuLuLuLuLl'
    'LlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlLlSmLlLlLlLlLlLlLlLl'
)


def category(chr, /):
    cp = _char('category', chr)
    if cp < 256:
        return _LATIN1_CATEGORIES[2 * cp:2 * cp + 2]
    return _range_value('category', cp, 'Cn')


def bidirectional(chr, /):
    return _range_value('bidi', _char('bidirectional', chr), '')


def combining(chr, /):
    return _range_value('ccc', _char('combining', chr), 0)


def east_asian_width(chr, /):
    return _range_value('eaw', _char('east_asian_width', chr), 'N')


def mirrored(chr, /):
    return _range_value('mirrored', _char('mirrored', chr), 0)


def decomposition(chr, /):
    cp = _char('decomposition', chr)
    return _load_props()['decomp'].get(cp, '')


_L_BASE, _V_BASE, _T_BASE = 0x1100, 0x1161, 0x11A7


def _decompose(text, compat):
    props = _load_props()
    canon, compat_map = props['canon'], props['compat']
    out = []

    def add(cp):
        if _S_BASE <= cp < _S_BASE + _S_COUNT:
            s = cp - _S_BASE
            out.append(_L_BASE + s // _N_COUNT)
            out.append(_V_BASE + (s % _N_COUNT) // _T_COUNT)
            if s % _T_COUNT:
                out.append(_T_BASE + s % _T_COUNT)
            return
        mapping = canon.get(cp)
        if mapping is None and compat:
            mapping = compat_map.get(cp)
        if mapping is None:
            out.append(cp)
            return
        for m in mapping:
            add(m)

    for ch in text:
        add(ord(ch))
    # canonical ordering: stable sort of each run of non-starters by combining class
    ccc = [_ccc(cp) for cp in out]
    i, n = 0, len(out)
    while i < n:
        if ccc[i] == 0:
            i += 1
            continue
        j = i
        while j < n and ccc[j] != 0:
            j += 1
        if j - i > 1:
            run = sorted(zip(ccc[i:j], range(j - i), out[i:j]))
            out[i:j] = [c for _, _, c in run]
            ccc[i:j] = [k for k, _, _ in run]
        i = j
    return out


def _ccc(cp):
    if cp < 0x300:
        return 0
    return _range_value('ccc', cp, 0)


def _compose(cps):
    compose = _load_props()['compose']
    out = []
    starter = None
    for cp in cps:
        cc = _ccc(cp)
        if starter is not None:
            last = len(out) - 1
            if last == starter or (_ccc(out[last]) != 0 and _ccc(out[last]) < cc):
                a = out[starter]
                composed = None
                if _L_BASE <= a < _L_BASE + _L_COUNT and _V_BASE <= cp < _V_BASE + _V_COUNT:
                    composed = _S_BASE + ((a - _L_BASE) * _V_COUNT + cp - _V_BASE) * _T_COUNT
                elif (_S_BASE <= a < _S_BASE + _S_COUNT and (a - _S_BASE) % _T_COUNT == 0 and
                      _T_BASE < cp < _T_BASE + _T_COUNT):
                    composed = a + cp - _T_BASE
                else:
                    composed = compose.get((a, cp))
                if composed is not None:
                    out[starter] = composed
                    continue
        if cc == 0:
            starter = len(out)
        out.append(cp)
    return out


_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def normalize(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError(f'normalize() argument 1 must be str, not {type(form).__name__}')
    if not isinstance(unistr, str):
        raise TypeError(f'normalize() argument 2 must be str, not {type(unistr).__name__}')
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    cps = _decompose(unistr, form in ('NFKC', 'NFKD'))
    if form in ('NFC', 'NFKC'):
        cps = _compose(cps)
    return ''.join(map(chr, cps))


def is_normalized(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError(f'is_normalized() argument 1 must be str, not {type(form).__name__}')
    if not isinstance(unistr, str):
        raise TypeError(f'is_normalized() argument 2 must be str, not {type(unistr).__name__}')
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    return normalize(form, unistr) == unistr


class UCD:
    """A Unicode database version object (unicodedata.ucd_3_2_0)."""

    def __init__(self, version):
        self.unidata_version = version

    lookup = staticmethod(lookup)
    name = staticmethod(name)
    decimal = staticmethod(decimal)
    digit = staticmethod(digit)
    numeric = staticmethod(numeric)
    category = staticmethod(category)
    bidirectional = staticmethod(bidirectional)
    combining = staticmethod(combining)
    east_asian_width = staticmethod(east_asian_width)
    mirrored = staticmethod(mirrored)
    decomposition = staticmethod(decomposition)
    normalize = staticmethod(normalize)
    is_normalized = staticmethod(is_normalized)


UCD.__module__ = 'unicodedata'
ucd_3_2_0 = UCD('3.2.0')


# CPython runs this module as C code (Modules/unicodedata.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
