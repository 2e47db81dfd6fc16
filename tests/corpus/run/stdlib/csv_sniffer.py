# csv.Sniffer (delimiter/quote guessing, header detection) and quotechar=None dialect rules.
import csv
samples = ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n', 'a\tb\tc\n1\t2\t3\n', '"a","b"\n"1","2"\n', "'x';'y'\n'1';'2'\n",
           'name age\nbob 3\nal 4\n', 'a, b, c\n1, 2, 3\n', 'a|b\n1|2\n', 'x:y:z\n1:2:3\n', 'a,b;c\n1,2;3\n', 'one\ntwo\n']
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(s), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator))
    except csv.Error as e:
        print(repr(s), 'Error', e)
    try:
        print(csv.Sniffer().has_header(s))
    except csv.Error as e:
        print('Error', e)
print(csv.Sniffer().sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter)

# quotechar=None: QUOTE_NONE when no quoting is given (no dialect argument), an error otherwise.

for kw in [dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
  try:
    w = csv.writer(io.StringIO(), **kw); print(kw, w.dialect.quoting, repr(w.dialect.quotechar))
  except TypeError as e: print(kw, e)
  try:
    w = csv.writer(io.StringIO(), 'excel', **kw); print('excel', kw, w.dialect.quoting, repr(w.dialect.quotechar))
  except TypeError as e: print('excel', kw, e)
class D(csv.Dialect):
  delimiter=','; quotechar=None; lineterminator='\n'; quoting=csv.QUOTE_MINIMAL; doublequote=True; skipinitialspace=False
try: csv.writer(io.StringIO(), D)
except Exception as e: print(type(e).__name__, e)
try: D()
except Exception as e: print(type(e).__name__, e)
print(list(csv.reader(['a,"b",c'], quotechar=None)))
try: csv.register_dialect('nq', quotechar=None); print(csv.get_dialect('nq').quoting)
except TypeError as e: print(e)
