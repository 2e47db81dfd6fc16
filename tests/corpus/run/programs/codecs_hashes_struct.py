import base64, binascii, zlib, hashlib, struct, codecs

def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(s, key, decrypt=False):
    out, j = [], 0
    for ch in s:
        if ch.isalpha():
            k = ord(key[j % len(key)].lower()) - 97
            k = -k if decrypt else k
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base)); j += 1
        else:
            out.append(ch)
    return "".join(out)

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]: j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i]); i = j
    return "".join(out)

msg = "Attack at Dawn! Zebra-crossing 123."
c = caesar(msg, 3)
print(c, caesar(c, -3) == msg, codecs.encode(msg, "rot13"), codecs.decode("Uryyb", "rot_13"))
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", True))
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), rle("abc"), rle(""))
data = "Hello, Wörld! ✓".encode()
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)).decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.standard_b64decode("aGk="), base64.b64decode("aGk"  + "=="), base64.encodebytes(b"x" * 60))
for bad in ["abc", "a===", "!!!!"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("deadbeef"), binascii.crc32(b"hello"), hex(binascii.crc_hqx(b"abc", 0)))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
comp = zlib.compress(b"abc" * 100, 9)
print(len(comp), zlib.decompress(comp)[:9], zlib.crc32(b"abc"), zlib.adler32(b"abc"))
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
for name in ["md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(f"{name:<8} {h.hexdigest()[:32]} {h.digest_size} {h.block_size}")
h = hashlib.sha256()
h.update(b"part1"); h.update(b"part2")
print(h.hexdigest() == hashlib.sha256(b"part1part2").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32], hashlib.sha1(usedforsecurity=False).name)
rec = struct.pack("<HiQ?3sf", 7, -2, 2**40, True, b"abcd", 1.5)
print(rec.hex(), struct.calcsize("<HiQ?3sf"), struct.unpack("<HiQ?3sf", rec), struct.calcsize("HiQ"), struct.calcsize("@bq"))
print(struct.pack(">I", 1), struct.pack("!h", -2), struct.unpack(">d", struct.pack(">d", 0.1)), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
s = struct.Struct("<2sxh")
print(s.size, s.format, s.pack(b"ab", 5), s.unpack(b"ab\x00\x05\x00"))
for bad in [lambda: struct.pack("<h", 70000), lambda: struct.unpack("<I", b"abc"), lambda: struct.pack("<3s", "str"), lambda: struct.pack("<i", 1.5), lambda: struct.calcsize("<Z")]:
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, "ü".encode("utf-16"), "ü".encode("utf-16-le"), b"\xff\xfe\xfc\x00".decode("utf-16"), "abc".encode("utf-32-be"))
print(codecs.encode(b"abc", "hex"), codecs.decode("616263", "hex"), "héllo".encode("idna") if False else "", "x".encode("unicode_escape"), "é\n".encode("unicode_escape"), b"\\u00e9".decode("unicode_escape"))
try:
    "x".encode("nonexistent-codec")
except LookupError as e:
    print("LookupError:", e)
