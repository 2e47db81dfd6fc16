"""Unicode text handling: normalization, case folding, categories, widths, encodings, str methods."""
import unicodedata

samples = ["Straße", "ǅungla", "İstanbul", "café", "cafe\u0301", "ﬁne", "ΣΊΣΥΦΟΣ", "naïve", "日本語テキスト", "😀👍🏽"]
for s in samples:
    print(f"{s!r:<22} len={len(s):<3} upper={s.upper()!r:<14} lower={s.lower()!r:<16} casefold={s.casefold()!r} title={s.title()!r}")
print("café" == "cafe\u0301", unicodedata.normalize("NFC", "cafe\u0301") == "café", len(unicodedata.normalize("NFD", "café")))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, [hex(ord(c)) for c in unicodedata.normalize(form, "ﬁ²é")])
for ch in "aZ5 \t€é中😀ǅ_-":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), ch.isalpha(), ch.isdigit(), ch.isspace(), ch.isupper(), ch.istitle(), ch.isprintable())
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), unicodedata.numeric("½"), unicodedata.decimal("٣"), unicodedata.digit("²"))
print(unicodedata.east_asian_width("中"), unicodedata.east_asian_width("a"), unicodedata.combining("\u0301"), unicodedata.mirrored("("))
print(unicodedata.bidirectional("א"), unicodedata.decomposition("é"), unicodedata.unidata_version)
print("١٢٣".isdigit(), "١٢٣".isdecimal(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), float("٣.٥"))
print("ß".upper(), "ß".casefold() == "ss", "ﬀ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower())
print("hello world".title(), "they're bill's".title(), "ǆ".title(), "hello".swapcase(), "ÀÉÎ".swapcase())
text = "The Quick Brown Fox — jumps over «the» lazy dog… 🦊"
print(text.split(), text.encode("utf-8")[:20], len(text.encode("utf-8")), len(text.encode("utf-16")), len(text))
print(text.center(60, "·"), "|" + text[:10].ljust(15, "—") + "|")
print(text.find("Fox"), text.index("—"), text.rfind("o"), text.count("o"), text.replace("o", "0", 2))
print(text.partition("—"), text.rpartition(" "), text.startswith(("The", "A")), text.endswith("🦊"))
print("  x  ".strip(), "xxhixx".strip("x"), "abc".lstrip("ab"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("a,b,,c".split(","), "a b  c".split(" "), "a b  c".split(), "a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines(True))
print("1\x1c2\u20283".splitlines(), "tab\there".expandtabs(8), "\t".join(["a", "b"]), "abc".translate(str.maketrans("abc", "xyz", "")))
print("hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}), "ab".maketrans("a", "b"))
print("Hello World".isidentifier(), "_x1".isidentifier(), "def".isidentifier(), "abc123".isalnum(), "".isalpha(), " ".isspace())
print("%s|%5s|%-5s|" % ("é", "日本", "ü"), f"{'中':>4}|{'中':*^5}", "{:^7}".format("✓"))
print(ascii("héllo 日本 😀"), repr("tab\t nl\n quote' dq\" bs\\ nul\0 bell\a del\x7f"), repr("\u200b\ufeff"))
print("\N{SNOWMAN} \N{GREEK CAPITAL LETTER OMEGA} \u00e9 \U0001F600 \x41", chr(0x1F600), ord("€"), hex(ord("😀")))
print(sorted("ébcaÉB"), sorted("ébcaÉB", key=lambda c: unicodedata.normalize("NFD", c)[0].lower()))
s = "😀a😀"
print(len(s), s[1], s[::-1], s.encode("utf-16-le").hex(), s.encode("utf-32-be")[:8])
print("a\u0301".encode("utf-8"), b"\xf0\x9f\x98\x80".decode("utf-8"), "\udcff".encode("utf-8", "surrogateescape"))
print(str(b"abc", "ascii"), str(b"\xff", "latin-1"), "abc".encode("utf-8").decode("utf-16-le", "replace"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
words = "the cat sat on the mat with the hat".split()
print(max(words, key=words.count), " ".join(w[::-1] for w in words), "".join(sorted(set("".join(words)))))
print("Ⅻ".isnumeric(), unicodedata.numeric("Ⅻ"), "ⓐ".upper(), "Ꭰ".lower(), "ꭰ".upper())
