"""Classical ciphers: Caesar, Vigenere, Atbash via str.translate/maketrans; frequency analysis."""
import string
from collections import Counter

ALPHA = string.ascii_lowercase

def caesar(text, k):
    k %= 26
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[k:] + ALPHA[:k] + (ALPHA[k:] + ALPHA[:k]).upper())
    return text.translate(table)

def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ALPHA.index(key[i % len(key)].lower())
            if decrypt:
                shift = -shift
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

atbash = str.maketrans(ALPHA, ALPHA[::-1])
msg = "Attack at Dawn! Meet me by the old oak tree, 7pm."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
v = vigenere(msg, "Lemon")
print(v, vigenere(v, "Lemon", True) == msg)
print(msg.lower().translate(atbash))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 120}))
print(str.maketrans("ab", "xy", "c"), str.maketrans({"a": "1", "b": None}))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)

ENGLISH = "etaoinshrdlcumwfgypbvkjxqz"
def crack(cipher):
    letters = [c for c in cipher.lower() if c.isalpha()]
    best = None
    for k in range(26):
        cand = caesar(cipher, -k)
        score = sum(25 - ENGLISH.index(c) for c in cand.lower() if c.isalpha())
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best, Counter(letters).most_common(3)
secret = caesar("the quick brown fox jumps over the lazy dog and keeps running into the forest", 11)
(score, k, plain), common = crack(secret)
print(k, plain[:30], common)

def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(row) for row in rows)
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))
print(bytes(b ^ 0x2A for b in b"xor me").hex(" "), bytes.fromhex("52 45 4f").decode())
print(" ".join(f"{ord(c):08b}" for c in "Hi"), int("01001000", 2).to_bytes(1, "big"))
import base64, binascii, zlib
raw = msg.encode()
print(base64.b64encode(raw).decode()[:30], base64.b32encode(b"hi"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b64decode(base64.b64encode(raw)) == raw, binascii.crc32(raw), zlib.adler32(raw), hex(zlib.crc32(b"")))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(string.punctuation, string.hexdigits, string.capwords("hello   wide world"))
print(msg.encode("rot13") if False else __import__("codecs").encode(msg, "rot13"))
