"""pprint of nested data, textwrap, string.Template, reprlib."""
import pprint
import textwrap
import string
import reprlib

data = {
    "users": [
        {"name": "alice", "roles": ["admin", "dev"], "quota": 10 ** 9, "active": True},
        {"name": "bob", "roles": [], "quota": None, "prefs": {"theme": "dark", "langs": ("en", "fr")}},
    ],
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "set": {3, 1, 2},
    "frozen": frozenset({"x"}),
    "long_string": "lorem ipsum dolor sit amet " * 4,
    "tuple1": (1,),
    "empty": {},
    "bytes": b"\x00\x01binary",
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["matrix"], compact=True, width=30)
print(pprint.pformat(data["users"][1], sort_dicts=False, width=50))
print(pprint.pformat(list(range(40)), width=60, compact=True))
print(pprint.isreadable(data["users"]), pprint.isrecursive(data))
rec = [1, 2]
rec.append(rec)
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(rec)), pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
print(re.sub(r"id=\d+", "id=N", pprint.saferepr({"a": rec})))

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip() + \
    " Supercalifragilisticexpialidocious is a long word indeed."
for width in (20, 35):
    print(f"--- width {width}")
    print(textwrap.fill(text, width=width))
print(textwrap.wrap(text, width=25, max_lines=3, placeholder=" [...]"))
print(textwrap.shorten(text, width=40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
block = """
    def f():
        return 1
      # comment
    """
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\n\nb\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda l: True))
w = textwrap.TextWrapper(width=12, break_long_words=False, break_on_hyphens=True)
print(w.wrap("well-known hyphenated-words-here and averyveryverylongword"))
print(textwrap.wrap("tabs\there\tand spaces", width=10, expand_tabs=True, tabsize=4))

t = string.Template("Hello $name, you owe ${amount}$$. $$name stays.")
print(t.substitute(name="Ann", amount=12))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords("hello   wORLD  foo"), string.hexdigits, repr(string.whitespace))
fmt = string.Formatter()
print(list(fmt.parse("a{0}b{name!r:>5}c")))
print(fmt.format("{0}-{x}", 1, x=2))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 15
print(r.repr(list(range(100))), r.repr("a" * 50), reprlib.repr(set(range(20))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(tuple(range(10))))


class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"


n = Node(1, [Node(2)])
n.kids.append(n)
print(n)
