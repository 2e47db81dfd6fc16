# html.parser: event stream for documents, attributes, entities, CDATA elements, chunked feeds.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; title</title>
<meta charset=utf-8>
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
<style>p > a { color: red }</style>
</head>
<body class='main page' data-x = "1" hidden>
<!-- a comment -- with dashes -->
<p>Caf&eacute; &#233; &#xE9; &copy 2024 &unknown; 5 < 6 & 7</p>
<br/><img src="a.png" alt='A &quot;pic&quot;' />
<?xml-stylesheet href="style.css"?>
<![CDATA[raw <data>]]>
<a HREF=/path?x=1&amp;y=2>link</A>
<!bogus comment>
</body>
</html>
"""

for convert in (True, False):
    p = Recorder(convert_charrefs=convert)
    p.feed(DOC)
    p.close()
    print('convert_charrefs =', convert)
    for event in p.events:
        print(' ', event)

# feeding one character at a time gives the same events
whole = Recorder()
whole.feed(DOC)
whole.close()
chunked = Recorder()
for ch in DOC:
    chunked.feed(ch)
chunked.close()


def merge(events):
    out = []
    for e in events:
        if e[0] == 'data' and out and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + e[1])
        elif e[0] == 'start':
            out.append(e[:3])
        else:
            out.append(e)
    return out


print(merge(whole.events) == merge(chunked.events))

# text extraction
class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = False

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ('script', 'style')

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


t = TextOnly()
t.feed(DOC)
t.close()
print(t.parts)

# unterminated constructs at close()
for text in ['<div', '<p>text &am', '<!-- open comment', 'a < b', '<a href="x', '</', '&#12',
             '<b>bold</b', '<img src=x/>', '<x y="1"z>', '<svg:rect/>', '</ p >', '</>']:
    p = Recorder()
    p.feed(text)
    p.close()
    print(repr(text), p.events)
p = Recorder()
p.feed('<p>one</p>')
p.reset()
p.feed('<q>two</q>')
print(p.events, p.lasttag, p.rawdata)
