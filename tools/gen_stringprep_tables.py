"""Generates lib/_stringprep_tables.zlib, the RFC 3454 tables of Sharpy's stringprep module, from the
reference interpreter's stringprep (Unicode 3.2.0 data). Run with python3.11 from the repository root.

Format (zlib-compressed ASCII): one line per table.
  <table> <start>-<end> ...          set tables (in_table_*): inclusive ranges of code points, hex
  <table> <code>=<units> ...         mapping tables (map_table_*): code point -> UTF-16 units of
                                     the mapping (hex, '.'-separated), for code points it changes
"""
import stringprep
import zlib

SETS = ('a1 b1 c11 c12 c11_c12 c21 c22 c21_c22 c3 c4 c5 c6 c7 c8 c9 d1 d2').split()
MAPS = ('b2', 'b3')


def ranges(test):
    out, start = [], None
    for code in range(0x110000):
        member = test(chr(code))
        if member and start is None:
            start = code
        elif not member and start is not None:
            out.append('%x-%x' % (start, code - 1))
            start = None
    if start is not None:
        out.append('%x-%x' % (start, 0x10FFFF))
    return out


def units(text):
    raw = text.encode('utf-16-be')
    return '.'.join('%x' % (raw[i] << 8 | raw[i + 1]) for i in range(0, len(raw), 2))


def mapping(fn):
    out = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        result = fn(chr(code))
        if result != chr(code):
            out.append('%x=%s' % (code, units(result)))
    return out


lines = [' '.join(['in_table_' + name] + ranges(getattr(stringprep, 'in_table_' + name))) for name in SETS]
lines += [' '.join(['map_table_' + name] + mapping(getattr(stringprep, 'map_table_' + name))) for name in MAPS]
with open('lib/_stringprep_tables.zlib', 'wb') as f:
    f.write(zlib.compress('\n'.join(lines).encode('ascii'), 9))
