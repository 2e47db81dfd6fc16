import xml.parsers.expat as expat
doc = '<?xml version="1.0"?>\n<root a="1">\n  text &amp; more\n  <child/>\n  <!-- c -->\n  <?pi data?>\n  <x>\n  y</x><![CDATA[z]]>\n</root>\n'
p = expat.ParserCreate()
def rep(kind):
    def h(*args):
        print(kind, repr(args)[:30], p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorLineNumber, p.ErrorColumnNumber, p.CurrentByteIndex)
    return h
for name in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'CommentHandler', 'ProcessingInstructionHandler', 'XmlDeclHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler']:
    setattr(p, name, rep(name[:-7]))
p.Parse(doc, True)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorLineNumber, p.ErrorColumnNumber, p.CurrentByteIndex)
import xml.sax
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        print('start', name, self._locator.getLineNumber(), self._locator.getColumnNumber())
    def endElement(self, name):
        print('end', name, self._locator.getLineNumber(), self._locator.getColumnNumber())
xml.sax.parseString(doc, H())
