import xml.dom.minidom as minidom
from xml.dom.minidom import parseString, Document, getDOMImplementation
import xml.dom
import os, tempfile

src = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<catalog xmlns:x="urn:extra" version="2">
  <book id="b1" lang="en">
    <title>Python &amp; XML</title>
    <author>Ann</author>
    <price currency="USD">29.99</price>
  </book>
  <book id="b2">
    <title><![CDATA[<Fast> & Furious]]></title>
    <x:note>extra</x:note>
    <?render fast?>
  </book>
  <empty/>
</catalog>'''
doc = parseString(src)
print(doc.version, doc.encoding, doc.standalone, doc.doctype)
root = doc.documentElement
print(root.tagName, root.nodeName, root.nodeType, root.getAttribute('version'), repr(root.getAttribute('missing')))
print([n.nodeType for n in doc.childNodes])
for book in doc.getElementsByTagName('book'):
    print(book.getAttribute('id'), book.hasAttribute('lang'), book.attributes.length, list(book.attributes.keys()))
    for t in book.getElementsByTagName('title'):
        print('  title:', repr(t.firstChild.data), t.firstChild.nodeType, len(t.childNodes))
print(len(root.childNodes), [c.nodeName for c in root.childNodes])
note = root.getElementsByTagName('x:note')[0]
print(note.tagName, note.prefix, note.localName, note.namespaceURI, root.getElementsByTagNameNS('urn:extra', 'note')[0] is note)
pi = doc.getElementsByTagName('book')[1].lastChild.previousSibling
print(pi.nodeType, pi.target, pi.data, pi.nodeName)
print(root.toxml())
print(doc.toxml())
print(doc.toprettyxml(indent='  '))
print(doc.toxml(encoding='utf-8')[:60])
print(root.attributes.items(), root.attributes['xmlns:x'].namespaceURI, root.attributes['version'].value)
print(root.firstChild.nodeValue == '\n  ', root.firstChild.parentNode is root, root.lastChild.nodeName)

d = Document()
top = d.createElement('report')
d.appendChild(top)
top.setAttribute('date', '2024-01-01')
top.setAttribute('quote', 'a "b" <c> & d')
for i, name in enumerate(['alpha', 'beta']):
    item = d.createElement('item')
    item.setAttribute('n', str(i))
    item.appendChild(d.createTextNode(name + ' < & >'))
    top.appendChild(item)
top.appendChild(d.createComment(' done '))
top.appendChild(d.createCDATASection('raw <stuff>'))
top.appendChild(d.createProcessingInstruction('xml-stylesheet', 'href="s.css"'))
print(d.toxml())
print(d.toprettyxml())
print(top.toprettyxml(indent='    ', newl='\n'))
print(d.toprettyxml(indent='', newl='', encoding='ascii', standalone=True))

items = top.getElementsByTagName('item')
print(items.length, items.item(0).getAttribute('n'), items.item(5))
top.removeChild(items[0])
print(top.toxml())
new = d.createElement('new')
top.insertBefore(new, top.firstChild)
top.replaceChild(d.createElement('replaced'), new)
print([c.nodeName for c in top.childNodes])
top.removeAttribute('quote')
print(top.hasAttribute('quote'), top.getAttribute('date'))
for bad in [lambda: top.removeAttribute('nope'), lambda: top.removeChild(d.createElement('x')),
            lambda: d.appendChild(d.createElement('second')), lambda: d.createTextNode(5),
            lambda: top.firstChild.firstChild, lambda: d.createTextNode('t').appendChild(d.createElement('y'))]:
    try:
        r = bad()
        print('ok', r)
    except (xml.dom.DOMException, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'code', None))

clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone.parentNode, clone.ownerDocument is d)
shallow = top.cloneNode(False)
print(shallow.toxml())
t = d.createTextNode('hello world')
top.appendChild(t)
t2 = t.splitText(5)
print(repr(t.data), repr(t2.data), t2.previousSibling is t, t.wholeText)
top.normalize()
print(repr(top.lastChild.data))
print(repr(t), repr(d.createComment('a long comment text')))
impl = getDOMImplementation()
newdoc = impl.createDocument(None, 'root', None)
print(newdoc.documentElement.tagName, newdoc.toxml())
dt = impl.createDocumentType('html', '-//W3C//DTD XHTML 1.0 Strict//EN', 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd')
hd = impl.createDocument('http://www.w3.org/1999/xhtml', 'html', dt)
print(hd.toxml())
print(hd.doctype.name, hd.doctype.publicId, hd.documentElement.namespaceURI)
ns = newdoc.createElementNS('urn:a', 'a:thing')
ns.setAttributeNS('urn:a', 'a:attr', 'v')
print(ns.prefix, ns.localName, ns.namespaceURI, ns.getAttributeNS('urn:a', 'attr'), ns.toxml())
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, minidom.Node.COMMENT_NODE, xml.dom.NotFoundErr.code)

from xml.parsers.expat import ExpatError
for bad in ['<a><b></a>', '<a>', '', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&unknown;</a>', 'text', '<a><!-- x --></a>junk']:
    try:
        parseString(bad)
        print('parsed')
    except ExpatError as e:
        print('ExpatError', e, e.code, e.lineno, e.offset)

tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'doc.xml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" standalone="yes"?><r a="é"><c>ü</c></r>')
    doc2 = minidom.parse(path)
    print(doc2.standalone, doc2.documentElement.getAttribute('a'), doc2.toxml())
    with open(path, 'rb') as f:
        print(minidom.parse(f).documentElement.firstChild.toxml())
finally:
    os.remove(path)
    os.rmdir(tmp)
with parseString('<w><v/></w>') as dd:
    print(dd.documentElement.tagName)
print(parseString(b'<b>bytes \xc3\xa9</b>').documentElement.firstChild.data)
print([repr(n) if n.nodeType != 1 else n.tagName for n in parseString('<a>x<b/>y<!--c-->z</a>').documentElement.childNodes])
doc3 = parseString('<root><item id="1"/><item id="2"/></root>')
for it in doc3.getElementsByTagName('item'):
    it.setIdAttribute('id')
print(doc3.getElementById('2').getAttribute('id'), doc3.getElementById('3'))
