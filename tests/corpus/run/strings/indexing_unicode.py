# Indexing and length with non-BMP characters: a str is a sequence of code points.
s = "a😀b€c𝄞"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]), hex(ord(s[i])))
print(s[-1], s[-2], s[1:3], s[::-1], s[::2])
print(list(s))
print(s.index("b"), s.find("c"), s.find("😀"), s.rfind("𝄞"))
print(chr(128512), chr(0x1D11E) == "𝄞", "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("😀"), ascii("😀é"), repr("\x00\x7f\x80\xa0é"))
print("😀".encode("utf-8"), len("😀".encode("utf-16-le")), "é".encode("latin-1"))
print(b"\xf0\x9f\x98\x80".decode("utf-8"))
print("😀" * 3, "😀" in s, "x😀" in s)
print(s.upper(), "ÉCOLE".lower(), "straße".upper(), "ǅ".lower(), "ß".casefold())
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(sorted("b😀a€"))
print(max("abc😀"), min("😀€"))
for ch in "😀x":
    print(ch, end="|")
print()
print("%s|%5s|%-5s|" % ("😀", "😀", "😀"))
print(f"{'😀':>4}|{'😀':*^5}|")
