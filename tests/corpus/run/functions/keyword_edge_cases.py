# Keyword arguments with unusual names, unicode identifiers and NFKC normalisation.
def f(*args, **kwargs):
    return args, kwargs
print(f(**{"class": 1, "def": 2, "self": 3}))
print(f(**{"with space": 1, "": 2, "1abc": 3}))
class K:
    def method(self, **kw):
        return kw
print(K().method(self=5) if False else K().method(other=1))
try:
    K().method(**{"self": 5})
except TypeError as e:
    print("TypeError:", e)
def g(self, /, **kw):
    return self, kw
print(g(1, self=2))
café = "unicode identifier"
print(café, "café" in globals())
ﬁle = "ligature normalised"
print(file, "file" in globals(), "ﬁle" in globals())
def h(ｘ=1):
    return x
print(h(), h(x=5), h.__code__.co_varnames)
Ω = 10
print(Ω * 2, "\u03a9" in globals())
names = sorted(k for k in globals() if not k.isascii())
print([ascii(n) for n in names])
def kwonly(*, a, b=2, **rest):
    return a, b, rest
print(kwonly(a=1, c=3, **{"d": 4}))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
