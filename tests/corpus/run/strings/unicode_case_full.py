# Full Unicode case mapping (SpecialCasing), final sigma, title case and the case predicates.
words = ["straße", "ﬁnal", "İstanbul", "ǆungla", "ΌΣΟΣ ΟΔΟΣ.", "ΣΑΣ", "ŉ", "ǰ", "ΐ", "ﬃ", "𐐨𐐩", "Ꭰ", "ꭰ"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()))
print("ß".upper() == "SS", "ẞ".lower(), "ß".casefold() == "ss", "ﬅ".casefold())
print("Σ".lower(), "AΣ".lower(), "AΣb".lower(), "A.Σ".lower(), "A'Σ'".lower(), "1Σ".lower())
for s in ["ǅ", "ǅa", "Aǅ", "ǈ Ǉ", "ᾈ", "Ⅷ", "ⓐ", "ʰ", "ª", "Ab1 Cd", "", "123", "ß"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
print("ǅ".upper(), "ǅ".lower(), "ǆ".title(), "ᾳ".upper(), "ᾳ".title(), "ᾼ".lower())
print("hello world".title(), "HELLO wORLD".swapcase(), "o'neil mc-donald 3rd".title())
print(b"\xe9abc".upper(), b"\xc9ABC".lower(), "abc".center(6, "-"), "ab".center(5, "*"), "a".center(4))
