# html.entities tables, as used with HTMLParser(convert_charrefs=False).
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
from html.parser import HTMLParser

print(len(name2codepoint), list(name2codepoint)[:8], name2codepoint['lang'], name2codepoint['eacute'])
print(len(codepoint2name), codepoint2name[233], codepoint2name[38], len(entitydefs), entitydefs['nbsp'] == '\xa0')
print(html5['amp;'], html5['eacute'], html5['eacute;'], sorted(name2codepoint) == list(name2codepoint))
print(list(codepoint2name.items())[:5], list(entitydefs.items())[-3:])


class Decoder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_entityref(self, name):
        self.out.append(chr(name2codepoint[name]) if name in name2codepoint else '&%s;' % name)

    def handle_charref(self, name):
        self.out.append(chr(int(name[1:], 16)) if name[:1] in 'xX' else chr(int(name)))


d = Decoder()
d.feed('<p>Caf&eacute; &lt;ok&gt; &hearts; &#9731; &#x263A; &bogus; &mdash; end</p>')
d.close()
print(''.join(d.out))
