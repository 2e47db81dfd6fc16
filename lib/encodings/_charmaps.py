"""The decoding tables of the single-byte charmap codecs (cp437, koi8_r, mac_roman, ...).

They live in lib/_charmap_tables.zlib (written by tools/gen_codec_tables.py from CPython 3.11's
encodings.<name>.decoding_table), read once, the first time one of these codecs is looked up.
"""

_tables = None     # codec module name -> 256-character decoding table (U+FFFE: undefined)


def _load():
    global _tables
    if _tables is None:
        import os
        import zlib
        path = os.path.join(os.path.dirname(os.path.dirname(__file__)), '_charmap_tables.zlib')
        with open(path, 'rb') as f:
            data = zlib.decompress(f.read())
        newline = data.index(b'\n')
        names = data[:newline].decode('ascii').split()
        tables = {}
        offset = newline + 1
        for name in names:
            tables[name] = data[offset:offset + 512].decode('utf-16-be')
            offset += 512
        _tables = tables
    return _tables


def decoding_table(modname):
    """The table of codec `modname` (a normalised codec module name), or None."""
    return _load().get(modname)


def codec_name(modname):
    """CodecInfo.name as CPython spells it: iso8859_2 -> iso8859-2, mac_roman -> mac-roman."""
    return modname.replace('_', '-')
