# csv dialect parameters are checked in CPython's order with CPython's messages.
import csv, io

QUOTE_ALL = csv.QUOTE_ALL
cases = [dict(quoting=None), dict(quoting='1'), dict(quoting=7), dict(lineterminator=None),
         dict(lineterminator=1), dict(delimiter=None), dict(delimiter=''), dict(delimiter=1),
         dict(escapechar=1), dict(quotechar=''), dict(quotechar=None),
         dict(quotechar=None, quoting=QUOTE_ALL),
         dict(quoting=csv.QUOTE_NONE, quotechar=None, lineterminator=None), dict(strict=[]),
         dict(delimiter='ab', quoting=9), dict(bogus=1)]
for kw in cases:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.quoting, repr(d.quotechar))
    except Exception as e:
        print(kw, type(e).__name__, e)

class Complete(csv.Dialect):
    delimiter = ','; quotechar = '"'; quoting = csv.QUOTE_MINIMAL; lineterminator = '\n'
    doublequote = True; skipinitialspace = False

class NoQuotechar(csv.Dialect):
    delimiter = ','; quoting = csv.QUOTE_MINIMAL; lineterminator = '\n'

class OnlyDelimiter(csv.Dialect):
    delimiter = ':'

for dialect in (Complete, NoQuotechar):
    try:
        dialect()
        print(dialect.__name__, "ok")
    except csv.Error as e:
        print(dialect.__name__, "Error", e)
try:
    csv.writer(io.StringIO(), OnlyDelimiter)
except TypeError as e:
    print("TypeError", e)
for make in [lambda: csv.writer(1), lambda: csv.reader(1), lambda: csv.writer(io.StringIO(), 'nope')]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
