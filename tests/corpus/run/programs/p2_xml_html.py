"""XML with ElementTree, HTML parsing with html.parser, escaping, urllib.parse."""
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
import html
from urllib.parse import urlparse, urlunparse, parse_qs, parse_qsl, urlencode, quote, unquote, urljoin, urlsplit, quote_plus

XML = """<?xml version="1.0"?>
<library name="city">
  <book id="b1" year="1999">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <tags><tag>scifi</tag><tag>classic</tag></tags>
  </book>
  <book id="b2" year="2011">
    <title>Ready &amp; Player</title>
    <author>Ernest Cline</author>
    <tags/>
  </book>
  <magazine id="m1"><title>Wired</title></magazine>
</library>"""
root = ET.fromstring(XML)
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for book in root.iter("book"):
    tags = [t.text for t in book.find("tags")]
    print(book.get("id"), book.findtext("title"), book.find("author").text, int(book.get("year")), tags)
print([t.text for t in root.findall(".//title")], root.find("./book[@year='2011']/title").text)
print([b.get("id") for b in root.findall("book[tags]")], root.findtext("missing", default="n/a"))
new = ET.SubElement(root, "book", id="b3", year="2024")
ET.SubElement(new, "title").text = "New <Book>"
new.set("lang", "en")
root.remove(root.find("magazine"))
print(ET.tostring(new, encoding="unicode"))
for b in root.findall("book"):
    if int(b.get("year")) < 2000:
        b.attrib["classic"] = "yes"
print(sorted((b.get("id"), b.get("classic", "no")) for b in root.iter("book")))
elem = ET.Element("root")
for i in range(3):
    child = ET.SubElement(elem, "item", {"n": str(i)})
    child.text = f"v{i}"
    child.tail = "\n"
print(ET.tostring(elem).decode())
tree = ET.ElementTree(ET.fromstring("<a><b>1</b><c><b>2</b></c></a>"))
print([e.text for e in tree.iter("b")], tree.getroot().tag, list(tree.getroot().itertext()))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError:", e)
ET.indent(elem)
print(ET.tostring(elem, encoding="unicode"))


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.stack = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            self.text.append((self.stack[-1] if self.stack else None, data.strip()))

    def handle_entityref(self, name):
        self.text.append(("entity", name))


page = """<html><head><title>Test &amp; Page</title></head>
<body><h1 class="x">Hello</h1><p>See <a href="/docs?a=1&amp;b=2">docs</a> and
<a href='https://example.com/x'>site</a>.<br/>Done &lt;ok&gt;</p><!-- comment --></body></html>"""
lc = LinkCollector()
lc.feed(page)
print(lc.links)
print(lc.text)
print(html.escape("<a href='x'>&\"</a>"), html.escape("<>", quote=False), html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#x41; &nbsp;|"))

url = "https://user:pw@Example.com:8080/path/to/page.html;params?q=search+term&x=1&x=2#frag"
u = urlparse(url)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username, u.password)
print(parse_qs(u.query), parse_qsl(u.query), urlunparse(u._replace(fragment="", query="")))
print(urlencode({"q": "a b&c", "n": 1, "list": ["x", "y"]}, doseq=True), urlencode([("k", "ü")]))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%E2%9C%93%20ok"), unquote("a+b"))
for rel in ["../up.html", "/abs", "other.html", "//cdn.com/x.js", "?q=1", "#top", "http://other/"]:
    print(rel, "->", urljoin("http://host/a/b/c.html", rel))
print(urlsplit("mailto:me@x.org"), urlsplit("file:///tmp/x").path)
