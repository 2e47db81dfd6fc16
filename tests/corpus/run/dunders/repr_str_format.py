# __repr__, __str__, __format__ and their fallbacks.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(s, f"{s}", "%s" % s, "{}".format(s))
print(f"{b!r} {b!s} {b}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("__format__ spec=%r" % spec)
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(f"{m}", f"{m:short}", format(m, ".1f"), "{:>10.3f}".format(m))
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
plain = Plain()
print(format(plain, "") == str(plain))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "R" + repr(self.items)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
class IntLike(int):
    def __repr__(self):
        return "IntLike(%d)" % self
print(IntLike(5), repr(IntLike(5)), str(IntLike(5)), f"{IntLike(5)}", "%d" % IntLike(5))
