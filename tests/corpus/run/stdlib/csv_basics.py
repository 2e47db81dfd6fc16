# csv: reading and writing with dialects, quoting modes, DictReader/DictWriter, errors, Sniffer.
import csv
import io
import os
import tempfile

s = io.StringIO()
w = csv.writer(s, lineterminator='\n')
print(w.writerow(['a\rb', 'c\nd', 'x y', ' lead', '', None, 1.5, True, 'q"q', 'comma,here']))
w.writerow([''])
w.writerow([])
w.writerows([[1, 2], (3, 4)])
print(repr(s.getvalue()))
for quoting in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    s = io.StringIO()
    csv.writer(s, quoting=quoting).writerow(['a', 1, 2.5, None, True, ''])
    print(quoting, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
csv.writer(s, doublequote=False, escapechar='\\').writerow(['say "hi"'])
print(repr(s.getvalue()))
for kw in (dict(delimiter='ab'), dict(quotechar='ab'), dict(quoting=9), dict(lineterminator=1),
           dict(delimiter=None), dict(escapechar='ab')):
    try:
        csv.writer(s, **kw)
    except TypeError as e:
        print('TypeError', e)
for action in (lambda: csv.writer(s, quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.writer(s).writerow(5),
               lambda: csv.get_dialect('zz'), lambda: csv.writer(s, quoting=csv.QUOTE_NONE).writerow(['']),
               lambda: list(csv.reader(['a,"b"x\n'], strict=True)), lambda: list(csv.reader(['a\rb\n'])),
               lambda: list(csv.reader(['"open'], strict=True)), lambda: list(csv.reader([b'bytes']))):
    try:
        action()
    except csv.Error as e:
        print('csv.Error', e)

r = csv.reader(['a,"b""c",d\r\n', '\r\n', '"multi\n', 'line",x\n', 'last'])
print(list(r), r.line_num)
print(list(csv.reader(['a,"b"x\n'])), list(csv.reader(['"unterminated'])), list(csv.reader([''])))
print(list(csv.reader(['1, 2,  "x"'], skipinitialspace=True)), list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['1,"2",x,,3.5'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,"2",,3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader('x;y\n1;2\n'.splitlines(), delimiter=';')))
print(csv.list_dialects(), csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
d = csv.get_dialect('unix')
print(repr(d.lineterminator), d.quoting, d.delimiter, d.doublequote, d.escapechar, type(d).__name__, type(csv.reader([])).__name__)

data = 'name,age,city\nAlice,30,NYC\nBob,25\nCarl,40,LA,extra\n\n"Dee, Jr.",5,"Multi\nLine"\n'
reader = csv.DictReader(io.StringIO(data), restval='?', restkey='more')
print(reader.fieldnames)
for row in reader:
    print(row, reader.line_num)
print(list(csv.DictReader(['x,y'], fieldnames=['a', 'b'])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'], lineterminator='\n')
dw.writeheader()
dw.writerow({'name': 'A, Jr.', 'age': 3})
dw.writerows([{'name': 'B'}, {'age': 9}])
print(out.getvalue(), end='')
try:
    dw.writerow({'name': 'x', 'zzz': 1})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(out, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(out, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a|b', 'c'])
print(repr(out.getvalue()), list(csv.reader(['a\\|b|c'], 'pipes')))
csv.unregister_dialect('pipes')
print(csv.list_dialects())


class Semi(csv.excel):
    delimiter = ';'


out = io.StringIO()
csv.writer(out, Semi).writerow([1, 'a;b'])
csv.writer(out, Semi, delimiter=':').writerow([1, 2])
print(repr(out.getvalue()))
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 11]))
except csv.Error as e:
    print('csv.Error', e)
csv.field_size_limit(131072)
sn = csv.Sniffer()
print(repr(sn.sniff('a;b;c\n1;2;3\n').delimiter), repr(sn.sniff('"a","b"\n"1","2"\n').quotechar), sn.has_header('name,age\nbob,3\nal,4\n'))

# Round trip through a real file opened with newline=''
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.csv')
with open(path, 'w', newline='') as f:
    writer = csv.writer(f)
    writer.writerow(['id', 'text'])
    writer.writerow([1, 'plain'])
    writer.writerow([2, 'has "quotes", commas\nand newline'])
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='') as f:
    for row in csv.reader(f):
        print(row)
os.remove(path)
os.rmdir(tmp)
