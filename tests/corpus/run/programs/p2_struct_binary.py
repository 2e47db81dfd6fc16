"""Binary formats: struct packing, bytes/bytearray ops, base64, hashlib, zlib, binascii, memoryview."""
import struct
import base64
import hashlib
import zlib
import binascii
import io

HEADER = struct.Struct("<4sHHIf")
records = [(b"SHPY", 1, 2, 123456, 3.5), (b"TEST", 65535, 0, 2**32 - 1, -0.25)]
blob = b"".join(HEADER.pack(*r) for r in records)
print(HEADER.size, len(blob), blob.hex(" ", 4))
for chunk in HEADER.iter_unpack(blob):
    print(chunk)
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<I", b"\x00\x00\x01\x00"))
print(struct.pack("!hhl", 1, -2, 3), struct.calcsize("@ici"), struct.calcsize("=ici"))
print(struct.pack("?xbB3s", True, -1, 255, b"abcdef"), struct.pack("e", 1.5), struct.unpack("d", struct.pack("d", 0.1)))
print(struct.pack("<q", -2), struct.unpack("<Q", b"\xff" * 8))
for fmt, val in [("b", 200), ("H", -1), ("I", 2**32)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
buf = bytearray(16)
struct.pack_into("<HH", buf, 4, 0xABCD, 7)
print(buf, struct.unpack_from("<H", buf, 6))

b = bytes(range(0, 256, 17))
print(b, len(b), b[2], b[-1:], b[::5])
print(b.hex(), bytes.fromhex("de ad be ef"), b"abc".upper(), b"a,b,,c".split(b","))
print(b"hello world".replace(b"o", b"0", 1), b"  pad ".strip(), b"x".join([b"1", b"2"]), b"abc" * 2)
print(b"Hello".startswith(b"He"), b"hello".find(b"l"), b"hello".count(b"l"), b"\xff\xfe".decode("utf-16"))
print(bytes([65, 66]) + bytearray(b"C"), bytearray(b"ab") + b"c", list(b"hi"), b"%d-%s" % (5, b"x"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b" world")
ba.insert(0, 62)
del ba[1:2]
ba += b"!"
print(ba, ba.pop(), ba, ba.find(b"wor"), bytes(ba).title(), ba.isalpha())
print("héllo wörld".encode("utf-8"), "héllo".encode("latin-1"), "日本".encode("utf-16-le"), "€".encode("cp1252"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xe9".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
try:
    b"\xe9abc".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "ñ".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ñ".encode("ascii", "xmlcharrefreplace"), "ñ€".encode("ascii", "backslashreplace"), b"\x80abc".decode("utf-8", "backslashreplace"))

msg = b"The quick brown fox jumps over the lazy dog"
print(base64.b64encode(msg), base64.b64decode(base64.b64encode(msg)) == msg)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.a85encode(b"hello"))
print(base64.b64decode("aGk="), base64.standard_b64encode(b"x"), base64.b85encode(b"abc"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
for name in ["md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"]:
    h = hashlib.new(name, msg)
    print(f"{name:<8} {h.digest_size:>3} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for part in (b"The quick ", b"brown fox", b" jumps over the lazy dog"):
    h.update(part)
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.name, h.block_size)
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24])
comp = zlib.compress(msg * 20, 9)
print(len(msg * 20), len(comp) < 100, zlib.decompress(comp) == msg * 20, zlib.crc32(msg), zlib.adler32(msg))
print(binascii.hexlify(b"\x01\x02", "-"), binascii.crc32(b"abc"), binascii.unhexlify("4142"))

mv = memoryview(bytearray(b"abcdefgh"))
print(mv[2], bytes(mv[1:4]), mv.nbytes, mv.readonly, mv.tobytes(), mv.tolist()[:3])
mv[0:2] = b"XY"
print(mv.obj, mv.cast("H").tolist(), len(mv.cast("I")))
stream = io.BytesIO()
stream.write(struct.pack("<3I", 1, 2, 3))
stream.write(b"tail")
stream.seek(0)
print(struct.unpack("<3I", stream.read(12)), stream.read(), stream.tell(), stream.getvalue()[-4:])
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", "big", signed=True),
      (1024).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True), (255).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
