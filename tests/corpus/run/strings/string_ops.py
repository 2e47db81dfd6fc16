# Concatenation, repetition, membership, comparison, iteration.
a = "spam"
b = "eggs"
print(a + b, a * 3, 3 * b, a * -1 == "")
print("pa" in a, "x" not in a, "" in a)
print(sorted([b, a, "Spam", "spa", "spam2"]))
print(a == "spam", a is not None, a < b, a >= b)
for i, ch in enumerate(a):
    print(i, ch, ord(ch))
s = ""
for w in ["x", "y", "z"]:
    s += w * 2
print(s)
print(list(reversed(a)), "".join(reversed(a)))
print(str(123) + str(4.5) + str(None) + str(True))
print(len(""), len("a\nb"), "abc"[1], "abc"[-1])
chars = [chr(i) for i in range(97, 107)]
print("".join(chars), chars[::3])
print(ord("a"), ord("€"), chr(8364), chr(97))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    a[0] = "S"
except TypeError as e:
    print("TypeError:", e)
print(str.upper("abc"), str.join(",", ["1", "2"]))
print(max(["apple", "Banana", "cherry"]), min("hello"), "b".__lt__("a"))
print("abc".__len__(), "ab".__add__("cd"), "ab".__mul__(2), "a".__contains__("a"))
