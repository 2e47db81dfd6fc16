# str predicates per code point (astral characters included) and repr's printability, sampled over Unicode.
names = ["isprintable", "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier"]
sample = [cp for cp in range(0, 0x110000, 89) if not 0xD800 <= cp <= 0xDFFF]
for name in names:
    f = getattr(str, name)
    hits = [cp for cp in sample if f(chr(cp))]
    print(name, len(hits), sum(hits) % 1000003)
escaped = [cp for cp in sample if repr(chr(cp)) != "'" + chr(cp) + "'"]
print("escaped by repr", len(escaped))
for s in ["😀", "𝟙𝟚", "𐐀𐐨", "a𝟙", "𝐀", "²", "½", "٣", "Ⅻ", "\u2028", "\x1c", "ǅ", "𒐀", "\U000E0001", "x\u0300"]:
    print(ascii(s), s.isprintable(), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isalnum(), s.isspace(), s.isidentifier(), repr(s) == "'" + s + "'")
print("a\nb\xe9\u1234\U0001f600\\".encode("unicode_escape"))
print(b"a\\nb\\xe9\\u1234".decode("unicode_escape"))
print("h\xe9llo".encode("cp1252"), b"h\xe9llo".decode("cp1252"))
for bad in ["rot13", "no-such-codec"]:
    try:
        "abc".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
