"""Generates repr.json: python3.11's repr() of str and bytes samples (for Text/PyRepr).

Run: PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3.11 gen_repr.py
"""
import json, os, random

rng = random.Random(5)
alphabet = ["a", "'", '"', "\\", "\n", "\t", "\r", "\0", "\x7f", "\x80", "\xa0", "\xad", "é", "€", "\u2028",
            "\ud800", "\udc80", "\U0001f600", "\U000e0001", "\ue000", "\u0378", " ", "ü", "\x1b"]
strs = ["", "'", '"', "'\"", "it's", 'say "hi"'] + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(8))) for _ in range(120)]
byts = [b"", b"'", b'"', b"'\"", bytes(range(0, 256, 7))] + [bytes(rng.randrange(256) for _ in range(rng.randrange(8))) for _ in range(40)]
out = {"str": [[[ord(c) for c in s], repr(s)] for s in strs], "bytes": [[list(b), repr(b)] for b in byts]}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "repr.json"), "w") as f:
    json.dump(out, f, ensure_ascii=True)
    f.write("\n")
