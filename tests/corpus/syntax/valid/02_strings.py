a = 'single' "double" '''triple''' """triple2"""
b = r'\d+\n' R"raw"; b2 = rb'\x00' Rb"x" bR'y' BR"z"
c = u'unicode' 'plain'
d = b'bytes\x00\xff\n' b"\t\\"
e = '\N{BULLET} \u00e9 \U0001F600 \x41 \101 \0 \a\b\f\v'
f = 'it\'s' "say \"hi\"" 'both \' and "'
g = '''multi
line
string'''
h = ('implicit'
     'concat'
     "enation")
i = '\q unknown escape'
j = 'é ü 中文 😀'
k = 'line\
continued'
