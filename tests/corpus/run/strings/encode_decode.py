# Encoding and decoding with common codecs and error handlers.
s = "Grüße, 世界! 😀"
for codec in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]:
    data = s.encode(codec)
    print(codec, len(data), data[:12], data.decode(codec) == s)
print(s.encode("utf-8"))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "café".encode("cp1252") if False else "skip")
bad = b"ok \xff\xfe bytes \xc3"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(bad.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print("abc".encode(), "abc".encode("UTF8"), "€".encode("utf_8"), b"\xe2\x82\xac".decode("UTF-8"))
print(bytes.fromhex("e282ac").decode(), "\u20ac".encode("utf-8").hex(), "😀".encode("utf-16"))
e = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
