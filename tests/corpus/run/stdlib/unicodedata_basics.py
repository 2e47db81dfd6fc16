import unicodedata as ud

print(ud.unidata_version)
for ch in "aZ5 \t!é€ß中ｱ😀\u0301\u2167½":
    print(repr(ch), ud.category(ch), ud.name(ch, "?"), ud.numeric(ch, None), ud.decimal(ch, None),
          ud.digit(ch, None), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch))
for ch in "a1 +,./:#()-\n\x00":
    print(repr(ch), ud.bidirectional(ch))
print(ud.lookup("LATIN SMALL LETTER A WITH ACUTE"), ud.lookup("snowman"), ud.lookup("EURO SIGN"))
print(ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.name("\uac00"), ud.lookup("HANGUL SYLLABLE GAG"))
print(ud.name("\u4e2d"), ud.name("\U0001F600"), ud.name("\uff21"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = ud.normalize(form, "Café ﬁ ①  Å")
    print(form, ascii(s), len(s), ud.is_normalized(form, s))
print(ud.normalize("NFC", "e\u0301") == "\u00e9", ud.normalize("NFD", "\u00e9") == "e\u0301")
print(ud.decomposition("é"), repr(ud.decomposition("a")))


def strip_accents(text):
    return "".join(c for c in ud.normalize("NFD", text) if ud.category(c) != "Mn")

print(strip_accents("Crème Brûlée à la française"))
print(sorted({ud.category(c) for c in "Hello, World! 123"}))

for fn, arg in [(ud.name, "\x00"), (ud.decimal, "x"), (ud.digit, "x"), (ud.numeric, "x"),
                (ud.lookup, "NO SUCH CHARACTER NAME"), (ud.category, "ab"), (ud.category, 5),
                (ud.normalize, None)]:
    try:
        print(fn(arg) if fn is not ud.normalize else fn("NFX", "a"))
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(ud.ucd_3_2_0.category("a"), ud.ucd_3_2_0.unidata_version)
