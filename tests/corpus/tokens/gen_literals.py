"""Writes literals.json: how python3.11 evaluates STRING and NUMBER tokens (values, warnings, errors)
and a sample of \\N{...} names. Run: PYTHONHASHSEED=0 python3.11 gen_literals.py"""
import json, os, struct, sys, unicodedata, warnings

STRINGS = [
    r'"abc"', r"'a\'b'", r'"a\"b"', r'"""a"b"""', r"'''x\ny'''", r'"\\"', r'"\n\t\r\a\b\f\v"', r'"\0\7\77\101\1010"',
    r'"\x41\x7e\xff"', r'"\u00e9\u20ac"', r'"\U0001F600\U00000041"', r'"\N{LATIN SMALL LETTER E WITH ACUTE}"',
    r'"\N{latin small letter a}"', r'"\N{LINE FEED}\N{NBSP}\N{BOM}\N{VS17}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E00}"',
    r'"\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE PWILH}"', r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{GRINNING FACE}"',
    r'"\d"', r'"\d\e"', r'"a\qb"', r'"\777"', r'"\400\d"', r'"\8"', r'"\9"', '"\\\u00e9"', '"\u00e9\\d"',
    r'"\x1"', r'"\x"', r'"\xg0"', r'"\u12"', r'"\u123g"', r'"\U0011FFFF"', r'"\U0010FFFF"', r'"\N"', r'"\Nx"',
    r'"\N{}"', r'"\N{foo}"', r'"\N{LATIN SMALL LETTER A"', '"\u00e9\\x1"', '"\u00e9\u00e9\\N{foo}"',
    '"\U0001F600\\x"', r'"\ud800"', r'"\udfff\ud800"', '"a\\\nb"', r"r'\d\x1\N{foo}'", r"R'\''", r'u"\u00e9"', r'U"x"',
    r'b"abc"', r"b'\x41\xff\x00'", r"b'\d\q'", r"b'\777'", r"b'\400'", r"b'\x1'", r"b'\xg'", r"b'a\x'", r"b'\u1234'",
    r"b'\N{foo}'", r"rb'\x1\d'", r"Br'\'", r"BR''", '"\u00e9"', "b'\u00e9'", "rb'\u00e9'", r"b'\n\t\0\101'",
    r"'a\
b'", r'""', r"''", r"''''''", r'"""\""""', r'"\'"', r"'\"'",
]
NUMBERS = ["0", "1", "00", "0_0", "123", "1_000_000", "9223372036854775807", "9223372036854775808",
           "18446744073709551616", "0x0", "0xff", "0XDEAD_beef", "0x" + "f" * 40, "0o777", "0O1_7", "0b1",
           "0B1010_1010", "0b" + "1" * 100, "1" * 4300, "1" * 4301, "1_" * 4300 + "1", "0x" + "f" * 5000,
           "0.0", "1.5", ".5", "5.", "1e10", "1E-5", "1.5e+3", "1_0.0_1e1_0", "1e400", "1e-400", "2.5e-324",
           "0.1", "0.30000000000000004", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324",
           "123456789012345678901234567890.0", "0e0", "00.5", "1j", "1J", "1.5j", ".5j", "1e5j", "0j", "00j", "1e400j",
           "1_0j", "3.14159265358979323846264338327950288419716939937510582097494459"]

def collect(fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
        except SyntaxError as e:
            result = {"error": e.msg}
    result["warnings"] = [[w.category.__name__, str(w.message)] for w in caught if w.category is not SyntaxWarning]
    return result

def string_case(tok):
    def fn():
        v = eval(compile(tok, "f.py", "eval"))
        if isinstance(v, bytes):
            return {"bytes": list(v)}
        return {"str": [ord(c) for c in v]}
    return dict(src=tok, **collect(fn))

def number_case(tok):
    def fn():
        v = eval(compile(tok, "f.py", "eval"))
        if isinstance(v, int):
            return {"int": hex(v)}
        if isinstance(v, float):
            return {"float": struct.unpack("<q", struct.pack("<d", v))[0]}
        return {"imag": struct.unpack("<q", struct.pack("<d", v.imag))[0]}
    # The compile-time limit applies with the default setting; evaluate the value without it.
    try:
        compile(tok, "f.py", "eval")
    except SyntaxError as e:
        return {"src": tok, "error": e.msg, "warnings": []}
    return dict(src=tok, **collect(fn))

names = []
unknown = ["NOT A NAME", "LATIN SMALL LETTER", "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-0041",
           "HANGUL SYLLABLE", "HANGUL SYLLABLE GAGX", "TANGUT IDEOGRAPH-20000", "KEYCAP NUMBER SIGN"]
for cp in list(range(0x20, 0x30000, 97)) + [0x4E00, 0x9FFF, 0x20000, 0xAC00, 0xD7A3, 0x17000, 0x18B00, 0x1B170, 0xF900]:
    n = unicodedata.name(chr(cp), None)
    if n:
        try:
            names.append([n, ord(unicodedata.lookup(n))])
        except KeyError:
            unknown.append(n)
for alias in ["LINE FEED", "NULL", "NBSP", "BOM", "ZWJ", "VS256", "BYTE ORDER MARK", "WEIERSTRASS ELLIPTIC FUNCTION"]:
    names.append([alias, ord(unicodedata.lookup(alias))])

out = {"strings": [string_case(t) for t in STRINGS], "numbers": [number_case(t) for t in NUMBERS],
       "names": names, "unknown_names": unknown}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "literals.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=True, separators=(",", ":"))
    f.write("\n")
print(len(out["strings"]), len(out["numbers"]), len(names))
