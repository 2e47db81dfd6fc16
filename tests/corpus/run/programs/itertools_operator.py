import itertools as it
import operator
from operator import attrgetter, itemgetter, methodcaller

records = [
    {"dept": "eng", "name": "ann", "age": 31, "salary": 120},
    {"dept": "eng", "name": "bob", "age": 25, "salary": 95},
    {"dept": "ops", "name": "cat", "age": 41, "salary": 88},
    {"dept": "eng", "name": "dan", "age": 25, "salary": 101},
    {"dept": "hr", "name": "eve", "age": 38, "salary": 70},
    {"dept": "ops", "name": "fay", "age": 29, "salary": 88},
]
key = itemgetter("dept")
for dept, grp in it.groupby(sorted(records, key=key), key=key):
    g = list(grp)
    print(f"{dept:<4} n={len(g)} total={sum(map(itemgetter('salary'), g))} names={[r['name'] for r in g]}")
print([k for k, _ in it.groupby("aaabbbcccaa")], [(k, len(list(g))) for k, g in it.groupby("aaabbbcccaa")])
print(sorted(records, key=itemgetter("age", "name"))[0]["name"], itemgetter(1, 0)("ab"), itemgetter(slice(1, 3))("abcd"))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(it.accumulate([1, 2, 3])), list(it.accumulate([], initial=0)))
print(list(it.product("ab", range(2))), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("xy", 2)))
print(list(it.pairwise("abcde")), list(it.pairwise([1])))
print(list(it.islice(it.count(10, 5), 3, 8, 2)), list(it.islice("abcdef", 2)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.chain.from_iterable(["ab", [1, 2], (3,)])), list(it.chain("a", "b")))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.repeat("z", 3)))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(zip(*[iter(range(7))] * 3)))
def batched(iterable, n):
    itr = iter(iterable)
    while chunk := tuple(it.islice(itr, n)):
        yield chunk
print(list(batched("abcdefg", 3)))
class P:
    def __init__(self, name, pos):
        self.name = name
        self.pos = pos
class Pos:
    def __init__(self, x): self.x = x
ps = [P("b", Pos(3)), P("a", Pos(1)), P("c", Pos(2))]
print([p.name for p in sorted(ps, key=attrgetter("pos.x"))], attrgetter("name", "pos.x")(ps[0]))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("upper")("x"))
print(operator.add(1, 2), operator.neg(5), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.index(7))
print(operator.getitem({"a": 1}, "a"), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.iadd([1], [2]))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    itemgetter("missing")({})
except KeyError as e:
    print("KeyError", e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    list(it.islice([1], -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.permutations("ab", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    it.repeat()
except TypeError as e:
    print("TypeError:", e)
print(repr(it.count(1, 0.5)), repr(it.repeat(1, 2)), repr(it.count()))
c = it.count(); next(c); print(c)
print(list(it.product()), list(it.combinations([], 0)), list(it.permutations([])), list(it.combinations("ab", 5)))
print(sum(1 for _ in it.combinations(range(20), 10)), next(it.dropwhile(lambda s: len(s) < 4, ["a", "bb", "cccc"])))
print(sorted(["b3", "a10", "a2"], key=lambda s: (s[0], int(s[1:]))), sorted("bAc", key=str.lower), sorted([3, 1, 2], reverse=True))
print(min([], default="empty"), max("abc", key=ord), min((1, "b"), (1, "a")), max([2, 1, 2], key=lambda x: -x))
