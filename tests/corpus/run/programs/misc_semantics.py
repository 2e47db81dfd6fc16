import sys
from functools import cmp_to_key, singledispatch, cached_property, partialmethod
import operator

print("a", "b", sep="-", end="!\n")
print("to stderr", file=sys.stderr)
print(*range(3), sep=", ")
x = [1, 2, 3, 4, 5]
first, *middle, last = x
print(first, middle, last)
(a, b), c = [1, 2], 3
print(a, b, c, [*x[:2], *"ab"], {**{"k": 1}, "j": 2}, {*x[:2], 9})
if (n := len(x)) > 3:
    print("walrus", n)
print([y for v in x if (y := v * 2) > 4], 1 < 2 < 3 > 2, 1 < 3 < 2, "a" < "b" <= "b")
print([[i * j for j in range(3)] for i in range(3)], {k: v for k, v in zip("ab", (1, 2))}, {v % 3 for v in x})
g = 10


def scopes():
    g = 20

    def inner():
        nonlocal g
        g += 1
        return g

    def glob():
        global g
        g += 100
        return g

    return inner(), glob(), g


print(scopes(), g)


def compare(p, q):
    return (p > q) - (p < q)


words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=cmp_to_key(lambda s, t: compare(s.lower(), t.lower()) or compare(s, t))))


@singledispatch
def show(obj):
    return f"object:{obj!r}"


@show.register
def _(obj: int):
    return f"int:{obj}"


@show.register(list)
def _(obj):
    return "list:" + ",".join(show(o) for o in obj)


@show.register(float)
@show.register(complex)
def _(obj):
    return f"num:{obj}"


print(show(1), show(True), show([1, "a", 2.5]), show(1j), show(None), show.dispatch(bool).__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2

    def scale(self, k):
        self.r *= k
        return self

    double = partialmethod(scale, 2)


cc = Circle(2)
print(cc.area, cc.area)
cc.double()
print(cc.r, cc.area, "area" in cc.__dict__)
del cc.area
print(cc.area)
z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * 1j, z.real, z.imag, (1 + 2j) ** 2, complex("1-2j"), repr(-0j), 1j ** 2)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}), frozenset(s2) | s1, sorted(s1.symmetric_difference(s2)))
s1 |= {10}
s1 -= {1}
print(sorted(s1), s1.pop() in {2, 3, 4, 10}, set(), frozenset(), {frozenset({1})})
t = "Hello, World"
print(t[::-1], t[-5:], t[2:9:3], t.find("o"), t.rfind("o"), t.index("W"), t.count("l"), t.replace("l", "L", 2))
print(t.split(", "), t.rsplit("o", 1), t.partition(" "), t.rpartition("o"), t.startswith(("He", "x")), t.endswith("d"))
print(t.upper(), t.lower(), t.title(), t.casefold(), t.zfill(15), "42".zfill(5), "-42".zfill(5), t.ljust(15, "."), t.rjust(15))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), " a b ".split(), "a,b,".split(","), "x".join("abc"), "ab" * 3)
print("abc".isalpha(), "12".isdigit(), "½".isnumeric(), "x_1".isidentifier(), "  ".isspace(), "Ab".istitle(), "ß".upper(), "İ".lower().encode())
print(ord("€"), chr(8364), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", len("👍"), "👍".encode("utf-8"), ascii("ü👍"))
print(int("-0"), -(-7) // 2, 2 ** -1, 7 // -2, 10 ** 18 * 10 ** 18, (-2) ** 0.5 if False else pow(-8, 1 / 3).real.__round__(4), 0 ** 0)
print(sys.maxsize, sys.version_info[:2], sys.version_info >= (3, 11), type(sys.argv).__name__, sys.byteorder)
print(operator.pow(2, 10), operator.floordiv(7, 2), operator.contains([1], 1), operator.concat("a", "b"), operator.not_(0))
print(isinstance(True, int), True + True, sum([True, False, True]), None is None, type(None).__name__, NotImplemented, Ellipsis, ...)
print(hash(1) == hash(1.0) == hash(True), 1 == 1.0, {1: "a", 1.0: "b", True: "c"}, id(x) == id(x), callable(len), callable(1))
print(divmod(17, 5), abs(-3.5), max("apple", "fig", key=len), min(3, 1, 2), sum([[1], [2]], []), pow(2, 3, 5), round(-2.5))
print(list(map(lambda p, q: p * q, [1, 2, 3], [4, 5])), list(filter(lambda v: v % 2, range(10))), sorted("hello", reverse=True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\x00\x7f"), str(b"\x00a'"), repr(b'"'))
sys.stderr.write("partial line without newline")
sys.exit(4)
