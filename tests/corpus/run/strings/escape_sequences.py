# String and bytes literal escapes, raw strings, implicit concatenation.
print(repr("\a\b\f\n\r\t\v\\\'\""))
print(repr("\x41\x7a \101\60\7 \u00e9\u20ac \U0001F600 \N{BLACK STAR} \N{LATIN SMALL LETTER E WITH ACUTE}"))
print(len("\0"), len("\000"), repr("\0a"), repr("\1234"), repr("\1\12\123"))
print(repr(r"\n\t\x41"), len(r"\n"), repr(r"\\"), repr(r"a\"b"), repr(R"\U0001"))
print(repr(b"\x00\xff\n\\"), repr(rb"\x00"), repr(Rb"\n"), repr(br"\t"), len(b"\177"))
print("implicit" " concatenation " 'mixes' """quotes""", "a" "b" == "ab")
print(("multi"
       "line"
       "concat"), b"by" b"tes")
s = """line1
line2\
 continued
    indented"""
print(repr(s))
t = '''it's "quoted"'''
print(t, len(t))
print("\N{GREEK CAPITAL LETTER OMEGA}" == "\u03a9", "\u03a9".lower(), "Ω" == "\u2126")
print("tab\tend", "nl\\n literal", "unicode\u200bzero-width", sep="|")
print(repr("\r\n"), "\r\n".splitlines(), repr("a\x85b"), "a\x85b".splitlines())
print(rf"{1+1}\n", fr"\d{2*3}", f"{'a'}\t|")
print("\u00e9" == "e\u0301", len("\u00e9"), len("e\u0301"), "\u00e9".encode(), "e\u0301".encode())
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\ud83d\ude00" == "😀")
