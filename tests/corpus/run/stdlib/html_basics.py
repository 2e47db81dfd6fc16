import html

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<"\'>', quote=False), html.escape(''))
samples = ['&lt;p&gt; &amp;amp; &#65;&#x42;&#X43; &copy; &nbsp;| &notanentity; &amp &lt &#0; &#x110000; &#128;',
           '&eacute;&Eacute; &hellip; &mdash; &apos; &quot; &euro;&trade;&frac12;', '&#0;&#x80;&#xD800;&#65',
           'no refs here', '& alone, &; &#; &#x; &#xZ; &#12a', '&AMP;&Amp; &lt;&LT;', '&#x1F600;&#128512;&#x7f;&#11;',
           '&copyright &amp;copy; &ampersand', '&' + 'a' * 40 + ';', '&#x9d;&#x81;&#13;']
for text in samples:
    print(repr(html.unescape(text)))
print(html.unescape(html.escape('5 > 3 & "quotes" \'too\'')) == '5 > 3 & "quotes" \'too\'')
