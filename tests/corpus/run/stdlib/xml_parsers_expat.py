import xml.parsers.expat as expat
def run(data, **kw):
    p = expat.ParserCreate(**kw)
    out = []
    p.StartElementHandler = lambda n, a: out.append(('start', n, a))
    p.EndElementHandler = lambda n: out.append(('end', n))
    p.CharacterDataHandler = lambda d: out.append(('data', d))
    p.CommentHandler = lambda d: out.append(('comment', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('pi', t, d))
    p.XmlDeclHandler = lambda v, e, s: out.append(('decl', v, e, s))
    p.StartNamespaceDeclHandler = lambda pre, uri: out.append(('ns', pre, uri))
    p.EndNamespaceDeclHandler = lambda pre: out.append(('endns', pre))
    p.StartCdataSectionHandler = lambda: out.append(('cdata-start',))
    p.EndCdataSectionHandler = lambda: out.append(('cdata-end',))
    p.StartDoctypeDeclHandler = lambda *a: out.append(('doctype',) + a)
    p.DefaultHandler = None
    p.Parse(data, True)
    print(out)
run('<?xml version="1.0"?><a x="1" y="&lt;">hello &amp; bye\nline2\n  <b/>tail&#65;x<![CDATA[c\nd]]>e<!--co--><?t d?></a>')
run('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:at="v" c="2">t</p:b></a>', namespace_separator=' ')
run('<!DOCTYPE a SYSTEM "x.dtd"><a>\r\nx\r\ny</a>')
p = expat.ParserCreate()
p.buffer_text = True
out = []
p.CharacterDataHandler = lambda d: out.append(d)
p.Parse('<a>x &amp; y\nz</a>', True)
print(out)
p = expat.ParserCreate(); p.ordered_attributes = True; out=[]
p.StartElementHandler = lambda n, a: out.append((n, a)); p.Parse('<a z="1" b="2"/>', True); print(out)
for bad in ['<a>', '<a></b>', '<a>&x;</a>']:
    p = expat.ParserCreate()
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(e, e.code, e.lineno, e.offset, expat.ErrorString(e.code), p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorCode)
p = expat.ParserCreate(); out=[]
p.CharacterDataHandler = out.append
p.Parse('<a>part1'); p.Parse(' part2</a>'); p.Parse('', True); print(out, p.CurrentLineNumber)
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes[expat.errors.XML_ERROR_SYNTAX], expat.errors.messages[2])

# a typical program: collect an outline of a document fed in pieces
class Outline:
    def __init__(self):
        self.depth = 0
        self.lines = []
        self.text = []
    def start(self, name, attrs):
        self.flush()
        self.lines.append('  ' * self.depth + '<%s %s>' % (name, ' '.join('%s=%s' % kv for kv in sorted(attrs.items()))))
        self.depth += 1
    def end(self, name):
        self.flush()
        self.depth -= 1
    def data(self, d):
        self.text.append(d)
    def flush(self):
        t = ''.join(self.text).strip()
        if t:
            self.lines.append('  ' * self.depth + repr(t))
        self.text = []

doc = b'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<inventory>\n  <item sku="A1" qty="3">Widget &#x263A; caf\xc3\xa9</item>\n  <item sku="B2">Gadget</item>\n</inventory>\n'
o = Outline()
p = expat.ParserCreate()
p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = o.start, o.end, o.data
decls = []
p.XmlDeclHandler = lambda *a: decls.append(a)
for i in range(0, len(doc), 17):
    p.Parse(doc[i:i + 17])
p.Parse(b'', True)
print('\n'.join(o.lines), decls)
try:
    p.Parse(b'<more/>')
except expat.ExpatError as e:
    print('after final:', e, e.code)
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
p.Parse('<r><a/><b>')
print(seen)
try:
    p.Parse('</c></r>', True)
except expat.ExpatError as e:
    print(e, seen)
p = expat.ParserCreate()
def boom(name, attrs):
    raise RuntimeError('handler failed on ' + name)
p.StartElementHandler = boom
try:
    p.Parse('<x/>', True)
except RuntimeError as e:
    print('RuntimeError', e)
for bad in [dict(namespace_separator='ab'), dict(encoding=5)]:
    try:
        expat.ParserCreate(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = expat.ParserCreate(namespace_separator='|')
p.namespace_prefixes = True
out = []
p.StartElementHandler = lambda n, a: out.append((n, a))
p.Parse('<p:a xmlns:p="urn:x" p:k="1"><b/></p:a>', True)
print(out)
p = expat.ParserCreate(namespace_separator='|')
try:
    p.Parse('<q:a/>', True)
except expat.ExpatError as e:
    print(e)
print(expat.ErrorString(7), expat.errors.codes['mismatched tag'], isinstance(expat.ParserCreate(), expat.XMLParserType))
