import struct
import io
import zlib
import base64
import hashlib
import binascii
from collections import namedtuple

Header = namedtuple("Header", "magic version count flags")
HEADER_FMT = "<4sHIB"
RECORD_FMT = struct.Struct(">i d 8s ?")


def write_file(records):
    buf = io.BytesIO()
    buf.write(struct.pack(HEADER_FMT, b"REC1", 2, len(records), 0b101))
    for rid, score, name, active in records:
        buf.write(RECORD_FMT.pack(rid, score, name.encode("utf-8"), active))
    payload = buf.getvalue()
    crc = zlib.crc32(payload)
    return payload + struct.pack("<I", crc)


def read_file(data):
    payload, (crc,) = data[:-4], struct.unpack("<I", data[-4:])
    if zlib.crc32(payload) != crc:
        raise ValueError("checksum mismatch")
    hsize = struct.calcsize(HEADER_FMT)
    header = Header._make(struct.unpack_from(HEADER_FMT, payload, 0))
    out = []
    for rec in RECORD_FMT.iter_unpack(payload[hsize:]):
        rid, score, name, active = rec
        out.append((rid, score, name.rstrip(b"\0").decode(), active))
    return header, out


records = [(1, 3.5, "alpha", True), (-2, -0.25, "beta", False), (300, 1e10, "gammadelta", True)]
blob = write_file(records)
print(len(blob), struct.calcsize(HEADER_FMT), RECORD_FMT.size, RECORD_FMT.format)
print(blob[:16])
print(blob.hex()[:40], blob[11:15].hex(" "), binascii.hexlify(blob[:4], "-"))
hdr, recs = read_file(blob)
print(hdr, hdr.magic.decode(), bin(hdr.flags))
for r in recs:
    print(r)
corrupted = bytearray(blob)
corrupted[20] ^= 0xFF
try:
    read_file(bytes(corrupted))
except ValueError as e:
    print("ValueError:", e)
try:
    struct.pack(">h", 40000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00\x01")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack(">HhBbQ", 65535, -1, 255, -128, 2**64 - 1))
print(struct.unpack("<3f", struct.pack("<3f", 1.5, -2.25, 3.1))[2], struct.pack("e", 1.5), struct.pack("!f", float("inf")))
print(struct.pack("@xxh", 7), struct.pack("<5p", b"hi"), struct.unpack("<?c", b"\x02z"))

compressed = zlib.compress(b"hello hello hello hello " * 20, 9)
print(len(compressed), zlib.decompress(compressed)[:24], zlib.adler32(b"abc"))
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hello"))
print(hashlib.sha256(b"abc").hexdigest()[:32], hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()[:4])
h = hashlib.new("sha256")
h.update(b"a")
h.update(b"bc")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, h.block_size)

ba = bytearray(b"Hello, World")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
ba.insert(0, 62)
del ba[-1]
print(ba, ba.upper(), ba.find(b"World"), ba.count(b"L"), bytes(ba[::-3]), ba.decode("ascii").lower())
mv = memoryview(ba)
print(mv[1:6].tobytes(), mv[0], len(mv), mv.readonly, mv.nbytes)
mv[1] = ord("h")
print(ba[:6], list(b"abc"), b"a,b,,c".split(b","), b" x ".strip(), b"%d-%s" % (5, b"q"))
print(bytes(range(65, 70)), bytes.fromhex("de ad be ef"), (1024).to_bytes(4, "little", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print("héllo wörld".encode("utf-8"), "héllo".encode("latin-1"), b"caf\xc3\xa9".decode(), "€".encode("utf-16-le"))
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", errors="replace"), "ñ".encode("ascii", errors="xmlcharrefreplace"), "ñ".encode("ascii", "backslashreplace"))
