# tomllib: every TOML 1.0 value type, tables, arrays of tables, parse_float, load, and the errors.
import io
import tomllib
from decimal import Decimal

DOC = '''
# A document with every kind of value.
title = "TOML \\"example\\" \\u00e9 \\U0001F600"
literal = 'C:\\Users\\nobody'
multi = """
Roses are red
  Violets are \\
     blue"""
raw_multi = \'\'\'
first\\n
second\'\'\'
quotes = """""two"""""
ints = [0, -17, +42, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [3.14, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
bools = [true, false]
odt = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
odt3 = 1979-05-27 07:32:00.5+05:30
ldt = 1979-05-27T07:32:00.1234567
ld = 1979-05-27
lt = 00:32:00.25
nested = [[1, 2], ["a", 'b'], [{x = 1}]]
point = { x = 1, y.z = 2, "q k" = [] }
"quoted key" = 1
site."google.com" = true
a . b . c = "dotted"

[server]
host = "localhost"  # trailing comment
ports = [
  8000,  # first
  8001,
]

[server.alpha]
ip = "10.0.0.1"

[[fruit]]
name = "apple"
[fruit.physical]
color = "red"
[[fruit.variety]]
name = "red delicious"
[[fruit]]
name = "banana"
[[fruit.variety]]
name = "plantain"
'''

data = tomllib.loads(DOC)
for key, value in data.items():
    print(key, "=", repr(value))
print(type(data["odt"]).__name__, data["odt"].tzinfo, data["odt2"].utcoffset(), data["odt3"].tzinfo)
print(type(data["ld"]).__name__, type(data["lt"]).__name__, data["ldt"].tzinfo)
nan = tomllib.loads("a = nan\nb = -nan")
print(nan["a"] != nan["a"], nan["b"] != nan["b"])
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"))
print(tomllib.loads(""))

# parse_float receives the text as written.
seen = []
def record(text):
    seen.append(text)
    return Decimal(text.replace("_", ""))
print(tomllib.loads("a = 1_0.5\nb = [1e3, -inf]\nc = 7", parse_float=record), seen)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: {})
except ValueError as e:
    print("ValueError:", e)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# load() reads a binary file.
print(tomllib.load(io.BytesIO("name = 'caf\u00e9'\n[t]\nx = 1".encode())))
for bad in (io.StringIO("a = 1"), ):
    try:
        tomllib.load(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    tomllib.load(io.BytesIO(b"a = '\xff'"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
for arg in (b"a = 1", 5):
    try:
        tomllib.loads(arg)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__mro__[1].__name__)
print(sorted(tomllib.__all__))

INVALID = [
    "a = 0123",
    "a = 0x",
    "a = 1.",
    "a = 1__0",
    "a = truex",
    "a = ",
    "a =\nb = 1",
    "= 1",
    "a",
    " ! ",
    "a = 1 b = 2",
    "a = 2021-02-30",
    "a = 1979-05-27T07:32",
    'a = "\\q"',
    'a = "\\u12"',
    'a = "\\uD800"',
    'a = "abc\nb = 1',
    "a = 'abc\nb = 'x'",
    "a = 'abc",
    'a = """abc',
    "a = '''abc",
    'a = """x \\  y"""',
    "a = 'tab\x01'",
    "# bad \x7f comment",
    "[a]\nb = 1\n[a]",
    "a = {b = 1}\na.c = 2",
    "a.b = 1\n[a]",
    "[a]\nb.c = 1\n[a.b]",
    "a = [1,2]\n[[a]]",
    "a = {x = 1, x = 2}",
    "a = {x = 1,}",
    "a = {x = 1",
    "a = {b = [1], b.c = 2}",
    "a = [1, 2",
    "a = [1 2]",
    "[a",
    "[[a]",
    "a = 1\na = 2",
    "a.b = 1\na.b.c = 2",
    "a = []\n[a.b]",
    "x = 1\n\n  y = [\n 1,\n 2\n  z",
]
for text in INVALID:
    try:
        tomllib.loads(text)
        print(repr(text), "-> no error")
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "->", e)

try:
    tomllib.loads("a = 2021-13-01x")
except ValueError as e:
    print(type(e).__name__, isinstance(e, tomllib.TOMLDecodeError), e)
try:
    tomllib.loads("a = 2021-02-29")
except tomllib.TOMLDecodeError as e:
    print(e, "| cause:", type(e.__cause__).__name__)
