# bytes and bytearray basics.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b))
print(b + b" world", b * 2, b"ell" in b, 104 in b)
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"lo"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba))
print(b.hex(), bytes.fromhex("68 69"), b"\x00\xff".hex())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "naïve".encode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b + "str"
except TypeError as e:
    print("TypeError:", e)
print(b == b"hello", b < b"help", b"a" == "a")
print(repr(b"\t\n\r\x01'"), b"%d-%s" % (5, b"x"))
print(b.startswith(b"he"), b.strip(b"ho"), b"  x ".strip(), b"a,b".split(b","))
