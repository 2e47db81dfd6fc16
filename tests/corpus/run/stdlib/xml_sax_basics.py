import io, os, tempfile
import xml.sax
from xml.sax import saxutils, handler
from xml.sax.saxutils import XMLGenerator, escape, unescape, quoteattr

DOC = '''<?xml version="1.0"?>
<library>
  <book id="1" lang="en"><title>Dune &amp; more</title><year>1965</year></book>
  <book id="2"><title>Neuromancer</title><year>1984</year></book>
  <!-- comment -->
  <?proc instr?>
</library>
'''

class Collector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
        self.books = []
        self.current = None
        self.text = ''
    def startDocument(self):
        self.events.append('startDocument')
    def endDocument(self):
        self.events.append('endDocument')
    def startElement(self, name, attrs):
        self.events.append(('start', name, sorted(attrs.items()), attrs.getLength(), attrs.getNames()))
        if name == 'book':
            self.current = {'id': attrs['id'], 'lang': attrs.get('lang', '?')}
        self.text = ''
    def endElement(self, name):
        self.events.append(('end', name))
        if name in ('title', 'year') and self.current is not None:
            self.current[name] = self.text
        elif name == 'book':
            self.books.append(self.current)
    def characters(self, content):
        self.events.append(('chars', content))
        self.text += content
    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))

h = Collector()
xml.sax.parseString(DOC, h)
for e in h.events:
    print(e)
print(h.books)
h2 = Collector()
xml.sax.parseString(DOC.encode('utf-8'), h2)
print(h2.books == h.books)

class NS(xml.sax.ContentHandler):
    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)
    def endPrefixMapping(self, prefix):
        print('endprefix', prefix)
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, list(attrs.items()), [attrs.getQNameByName(n) for n in attrs.getNames()])
    def endElementNS(self, name, qname):
        print('endNS', name)
parser = xml.sax.make_parser()
parser.setFeature(handler.feature_namespaces, True)
parser.setContentHandler(NS())
parser.parse(io.StringIO('<r xmlns="urn:d" xmlns:p="urn:p"><p:x p:a="1" b="2"/></r>'))
print(parser.getFeature(handler.feature_namespaces))

for bad in ['<a><b></a>', '<a>', '<a x="1" x="2"/>', '']:
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e.getSystemId())

class Lenient(handler.ErrorHandler):
    def fatalError(self, exception):
        print('fatal:', exception.getMessage())
xml.sax.parseString('<a></b>', xml.sax.ContentHandler(), Lenient())

out = io.StringIO()
gen = XMLGenerator(out, encoding='utf-8')
xml.sax.parseString(DOC, gen)
print(out.getvalue())
out = io.BytesIO()
gen = XMLGenerator(out, encoding='ascii', short_empty_elements=True)
gen.startDocument()
gen.startElement('root', {'q': 'say "hi" & \'bye\'', 'n': 'a\nb'})
gen.startElement('empty', {})
gen.endElement('empty')
gen.characters('caf\u00e9 <&>')
gen.ignorableWhitespace('\n')
gen.processingInstruction('x', 'y')
gen.endElement('root')
gen.endDocument()
print(out.getvalue())
print(escape('a < b & c > d', {'"': '&quot;'}), unescape('&lt;x&gt; &amp;amp; &quot;', {'&quot;': '"'}))
print(quoteattr('plain'), quoteattr('has "double"'), quoteattr('both "d" and \'s\''), quoteattr('tab\there'))

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'doc.xml')
    with open(path, 'w') as f:
        f.write(DOC)
    h3 = Collector()
    xml.sax.parse(path, h3)
    print(h3.books == h.books)
    with open(path, 'rb') as f:
        h4 = Collector()
        xml.sax.parse(f, h4)
        print(len(h4.events))
    with open(path, 'w') as f:
        f.write('<a>\n<b>\n</a>')
    try:
        xml.sax.parse(path, xml.sax.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(str(e).replace(tmp, 'TMP'))
finally:
    os.remove(path)
    os.rmdir(tmp)
e = xml.sax.SAXException('msg', ValueError('inner'))
print(e, e.getMessage(), repr(e.getException()))
try:
    e[0]
except AttributeError as err:
    print('AttributeError', err)
try:
    parser.setFeature('http://bogus', 1)
except xml.sax.SAXNotRecognizedException as err:
    print(err)
try:
    xml.sax.make_parser().setFeature(handler.feature_validation, True)
except xml.sax.SAXNotSupportedException as err:
    print(err)
ai = xml.sax.xmlreader.AttributesImpl({'a': '1'})
print(ai.getValue('a'), ai.getType('a'), 'a' in ai, len(ai), ai.keys(), ai.items(), ai.copy().getNames())
