s = "  Hello, World! Straße ǅ ﬁ  "
print(repr(s.strip()), repr(s.lstrip(" H")), repr(s.rstrip()), s.casefold(), s.lower(), s.upper(), s.swapcase())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "x".rpartition("="))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), " a b ".split(" "), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True))
print("1\t22\t333\t4".expandtabs(), "1\t22\t333\t4".expandtabs(4), "ab\tc\nxyz\td".expandtabs(3), repr("\t".expandtabs(0)))
print(repr("abc".center(9, "*")), repr("abc".center(8)), repr("ab".center(5)), "x".ljust(3, "-"), "x".rjust(3, "-"), "abc".center(2))
print("42".zfill(5), "-42".zfill(5), "+4.2".zfill(7), "abc".zfill(5), "".zfill(2), "-".zfill(3))
tbl = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1", "b": None}))
print("café".encode(), "café".encode("latin-1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "x€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"ab\xff".decode("latin-1"), b"\xe9".decode("cp1252"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "aaa".count("aa"))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), " \t".isspace(), "Title Case".istitle(), "abc".isidentifier(), "class".isidentifier())
print("-".join(["a", "b"]), ", ".join(map(str, range(3))), "ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc"[-10:10])
print("Hello World".replace("o", "0", 1), "aaa".replace("", "-"), "tEST".capitalize(), "ß".upper(), "ǅ".lower(), "ǆ".title())
print("{:>10}".format("r"), "{0}{1}{0}".format("a", "b"), "{name}".format(name="n"), "{0[1]}{x.real}".format([5, 6], x=3), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("%s" % [1, 2], "%s" % ((1, 2),), "{!a}".format("ü"), ascii("日本"), repr("it's"), repr('say "x"'), repr("both ' \""), repr("\x7f\x80\u200b"))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(sorted(["b", "B", "a", "A", "é", "e"]), sorted(["b", "B", "a", "A"], key=str.casefold), "a" < "B", "é" > "z")
print(len("naïve"), len("naïve".encode()), "日本語"[1], ord("€"), chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
for bad in [lambda: "abc".index("z"), lambda: "x".join([1]), lambda: "abc"[5], lambda: "a" + 1, lambda: "abc".center(5, "ab"), lambda: "{}{}".format(1), lambda: "{x}".format(), lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "a".zfill("3"), lambda: str.maketrans("ab", "c"), lambda: "".join(None), lambda: "abc" * 1.5, lambda: chr(-1), lambda: ord("ab")]:
    try:
        bad()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print("x".__mul__(3), "ab".__contains__("a"), "%5s|%-5s|" % ("ab", "cd"), "%.2f%%" % 99.5, "%3d|%-3d|" % (5, 5), "%*d" % (5, 42), "%.*f" % (2, 3.14159))
b = bytearray(b"hello")
b[0] = 74; b.extend(b"!!"); b += b"?"
print(b, bytes(b).upper(), b.hex(" "), bytes.fromhex("de ad be ef"), b"abc"[0], b"abc"[:1], list(b"ab"), bytes(3), bytes([65, 66]))
print(b"a,b".split(b","), b"  x ".strip(), b"abc".replace(b"b", b"B"), b"%d-%s" % (5, b"x"), b"x" * 3, b"abc".find(b"c"), repr(b"\x00\n'\""))
