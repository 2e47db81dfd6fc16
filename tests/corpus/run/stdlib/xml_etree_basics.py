# xml.etree.ElementTree: parsing, navigation, ElementPath queries, building, serializing.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0"?>
<!-- catalog of books -->
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/" version="2">
  <book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price currency="USD">44.95</price>
    <dc:subject>Computer</dc:subject>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title>Midnight Rain &amp; more</title>
    <price currency="EUR">5.95</price>
    <tags><tag>fantasy</tag><tag>novel</tag></tags>
  </book>
  <magazine id="mg1"><title>Monthly</title><![CDATA[<raw> & text]]></magazine>
</catalog>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root), repr(root.text), root.get('version'), root.get('nope', 'dflt'))
for child in root:
    print(' ', child.tag, child.attrib, repr(child.tail))
book = root[0]
print([e.tag for e in book], book[1].text, book.find('price').attrib, book.findtext('price'))
print(book.find('{http://purl.org/dc/elements/1.1/}subject').text)
print(book.find('dc:subject', {'dc': 'http://purl.org/dc/elements/1.1/'}).text)
print([b.get('id') for b in root.findall('book')], [t.text for t in root.iter('title')])
print([t.text for t in root.findall('.//tag')], [e.tag for e in root.findall('./book/*')][:5])
print([b.get('id') for b in root.findall("book[@lang]")], [b.get('id') for b in root.findall("book[@id='bk102']")])
print([b.get('id') for b in root.findall("book[tags]")], [b.get('id') for b in root.findall("book[author='Ralls, Kim']")])
print([b.get('id') for b in root.findall("book[1]")], [b.get('id') for b in root.findall("book[last()]")])
print([p.get('currency') for p in root.findall(".//price[@currency!='USD']")], root.find('nothing'), root.findtext('nothing', 'none'))
print(root.findtext('magazine'), repr(root.find('magazine').text), [e.tag for e in root.findall('.//title/..')])
print([e.tag for e in root.iter()][:6], len(list(root.iter('book'))), ''.join(root.find('magazine').itertext()))
print([(e.tag, e.text) for e in root.iterfind('book/title')], root.findall('{*}subject'), len(root.findall('.//{*}subject')))
for bad in ['/book', 'x:y']:
    try:
        root.findall(bad)
    except SyntaxError as e:
        print('SyntaxError', e)

# building
top = ET.Element('root', {'a': '1'}, b='2')
top.text = 'start'
one = ET.SubElement(top, 'child', name='one')
one.text = 'text with <markup> & "quotes"'
one.tail = 'tail'
two = ET.SubElement(top, 'child', name='two', note='line1\nline2\t"q"')
ET.SubElement(two, 'empty')
top.append(ET.Comment(' a comment '))
top.append(ET.ProcessingInstruction('target', 'data here'))
top.insert(0, ET.Element('first'))
print(ET.tostring(top))
print(ET.tostring(top, encoding='unicode'))
print(ET.tostring(top, encoding='unicode', short_empty_elements=False))
print(ET.tostring(top, encoding='unicode', method='text'))
print(ET.tostring(top, encoding='unicode', method='html'))
print(ET.tostring(ET.fromstring('<p>caf\xe9 \u2603</p>')), ET.tostring(ET.fromstring('<p>caf\xe9</p>'), encoding='utf-8'))
print(ET.tostring(ET.fromstring('<p>x</p>'), encoding='iso-8859-1'))
print(ET.tostring(ET.fromstring('<p>x</p>'), xml_declaration=True, encoding='utf-8'))
print(len(top), [c.tag if isinstance(c.tag, str) else c.tag.__name__ for c in top], top.keys(), sorted(top.items()), top.get('b'))
top.remove(one)
del top[0]
top.set('a', 'changed')
print(ET.tostring(top, encoding='unicode'))
top.clear()
print(ET.tostring(top, encoding='unicode'), top.attrib, top.text)
for bad in [lambda: top.append('text'), lambda: top.remove(ET.Element('x')), lambda: top[5],
            lambda: ET.Element('x', attrib='notadict')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# namespaces
ns = ET.fromstring('<r xmlns="http://default/" xmlns:x="http://x/"><a x:attr="1" plain="2"/><x:b/></r>')
print(ns.tag, [(c.tag, c.attrib) for c in ns])
print(ET.tostring(ns, encoding='unicode'))
ET.register_namespace('ex', 'http://x/')
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ET.fromstring('<r xmlns="http://default/"><a/></r>'), encoding='unicode', default_namespace='http://default/'))
q = ET.QName('http://x/', 'local')
print(q, repr(q), q == '{http://x/}local', q.text)

# pretty printing
tree = ET.ElementTree(ET.fromstring('<a><b><c>text</c><d/></b><e/></a>'))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding='unicode'))
ET.indent(tree, space='\t', level=1)
print(repr(ET.tostring(tree.getroot(), encoding='unicode')))
ET.dump(ET.fromstring('<x y="1">z</x>'))

# files and ElementTree
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'doc.xml')
ET.ElementTree(ET.fromstring('<data><item n="1">caf\xe9</item></data>')).write(path, encoding='utf-8', xml_declaration=True)
with open(path, 'rb') as f:
    print(f.read())
tree = ET.parse(path)
print(tree.getroot().tag, tree.find('item').text, tree.findall('item')[0].get('n'), [e.tag for e in tree.iter()])
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue())
events = [(ev, el.tag if hasattr(el, 'tag') else el) for ev, el in ET.iterparse(path, events=('start', 'end'))]
print(events)
os.remove(path)
os.rmdir(tmp)

parser = ET.XMLPullParser(events=('start', 'end', 'start-ns', 'end-ns'))
parser.feed('<root xmlns:p="urn:p"><p:child>')
parser.feed('1</p:child></root>')
parser.close()
print([(ev, el if isinstance(el, tuple) or el is None else el.tag) for ev, el in parser.read_events()])


class Collector:
    def __init__(self):
        self.calls = []

    def start(self, tag, attrib):
        self.calls.append(('start', tag, attrib))

    def end(self, tag):
        self.calls.append(('end', tag))

    def data(self, data):
        self.calls.append(('data', data))

    def comment(self, text):
        self.calls.append(('comment', text))

    def close(self):
        return 'closed'


target = Collector()
p = ET.XMLParser(target=target)
p.feed('<a x="1"><!--c--><b>t</b></a>')
print(p.close(), target.calls)
builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=builder)
p.feed('<a><!--keep--><?pi x?><b/></a>')
print(ET.tostring(p.close(), encoding='unicode'))
print(ET.XMLID('<a><b id="one"/><c id="two"/></a>')[1].keys())
print(ET.fromstringlist(['<a>', 'x', '</a>']).text, ET.iselement(root), ET.iselement('x'))

for text in ['', 'hello', '<a>', '<a></b>', '<a>text</a>junk', '<a attr=novalue/>', '<a>&foo;</a>',
             "<a x='1' x='2'/>", '<a>\n  <b>\n</a>', '<p:a/>', '<a><![CDATA[x</a>', '<a>x</a']:
    try:
        ET.fromstring(text)
    except ET.ParseError as e:
        print(repr(text), '->', e, e.code, e.position, isinstance(e, SyntaxError))

deep = ET.fromstring('<a>' * 3000 + 'x' + '</a>' * 3000)
print(len(list(deep.iter())), ''.join(deep.itertext()), len(deep.findall('.//a')))
try:
    ET.tostring(deep)
except RecursionError as e:
    print('RecursionError', e)
