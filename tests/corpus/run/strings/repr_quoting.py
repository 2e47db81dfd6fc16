# repr chooses quotes and escapes like CPython.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "back\\slash",
           "\x00\x01\x1f", "\x7f", "é", "\u200b", "\ud800", "\U0010ffff", "\xa0", "\r", "😀", ""]
for s in samples:
    print(repr(s), len(s))
print(repr(["it's", 'a"b']))
print(str(["x", "y"]), str(("x",)), str({"k": "v"}))
print(repr(b"bytes'\"\x00\xff"), repr(b"it's"), repr(bytearray(b"ab")))
print(ascii("naïve ☃"), ascii(["é"]))
print(repr("\a\b\f\v"))
print("%r" % "x'y", "{!r}".format('x"y'))
