# Constructors converting between builtin types.
print(list("abc"), list((1, 2)), list({"k": 1}), list({3: 0, 1: 0}.values()), list(range(3)))
print(tuple([1, 2]), tuple("xy"), tuple({5: "a"}.items()), tuple())
print(dict([("a", 1), ["b", 2]]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(set("aab") == {"a", "b"}, set([3, 1, 3]), frozenset(range(3)), set())
print(str(1), str(1.0), str([1, "a"]), str(b"x"), str(None), str(str), str(1 + 2j))
print(int("12"), int(12.9), int(-12.9), int(True), float("1.5"), float(3), float(True), complex("1+2j"), complex(1, 2))
print(bool([]), bool([0]), bool(""), bool("0"), bool(0.0), bool(-0.0), bool(None), bool(...))
print(bytes([65, 66]), bytes("hé", "utf-8"), bytearray(b"ab"), bytes(bytearray(b"z")), list(b"AB"))
print(str(b"abc", "ascii"), b"abc".decode(), repr(str(bytearray(b"q"))))
print(list(map(int, "123")), list(map(float, ["1", "2.5"])), [str(x) for x in (1, 2.0, None)])
print(chr(int("41", 16)), ord(str(7)), hex(int("777", 8)), int(bin(10), 2), int(oct(64), 8), float.fromhex(hex(255)))
try:
    dict([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)
try:
    complex("1+2j", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
