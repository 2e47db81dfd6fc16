# Commonly used str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.lower(), s.upper(), s.swapcase(), "hello world".title(), "hello World".capitalize())
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".count("l"), "aaaa".count("aa"))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".istitle(), "AB".isupper(), "ab".islower())
print("x".isidentifier(), "1x".isidentifier(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal())
print("a=1".partition("="), "a=1=2".rpartition("="), "abc".partition("x"))
print("tab\there".expandtabs(4), "prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print("Hello".encode(), "%".join(["1", "2"]), "abc" * 0, -1 * "abc")
table = str.maketrans("abc", "xyz", "d")
print("abcdd cab".translate(table))
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc", "ab" < "abc")
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "".split("")
except ValueError as e:
    print("ValueError:", e)
