"""Writes normalization.json: NFC/NFD/NFKC/NFKD of sample strings by python3.11 (for UnicodeNormalization).
Run: PYTHONHASHSEED=0 python3.11 gen_normalization_cases.py"""
import json, os, random, sys, unicodedata

rng = random.Random(1234)
interesting = [cp for cp in range(0x80, 0x30000)
               if not 0xD800 <= cp <= 0xDFFF and (unicodedata.decomposition(chr(cp)) or unicodedata.combining(chr(cp)))]
cases = ["ﬁ", "Ω", "Å", "é", "e\u0301", "a\u0328\u0301", "a\u0301\u0328", "\u1100\u1161\u11a8", "한국어", "\u0958",
         "x\u0323\u0307", "\u1e0b\u0323", "q\u0307\u0323", "①②", "ｆｕｌｌ", "㍿", "\U0001d400bc", "ǅ", "ſ", "K", "Å"]
for _ in range(300):
    n = rng.randint(1, 5)
    s = "".join(chr(rng.choice(interesting)) if rng.random() < 0.7 else chr(rng.randint(0x61, 0x7a)) for _ in range(n))
    cases.append(s)
out = [[s, unicodedata.normalize("NFC", s), unicodedata.normalize("NFD", s), unicodedata.normalize("NFKC", s),
        unicodedata.normalize("NFKD", s)] for s in cases]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "normalization.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=True)
    f.write("\n")
print(len(out))
