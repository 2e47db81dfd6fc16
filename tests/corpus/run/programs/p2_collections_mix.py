"""collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap, UserDict."""
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap, UserDict, UserList, UserString

words = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief""".split()
c = Counter(words)
print(c.most_common(4), c["was"], c["missing"], len(c), c.total())
c2 = Counter("the of of age".split())
print(c - c2, (c & c2), sorted((c | c2).items())[:3], c2 + Counter(age=-5), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2.subtract(age=3)
print(c2, sorted(c2.elements()), Counter("abracadabra").most_common()[-2:])
c3 = Counter(a=3, b=1)
c3.update("aab")
c3.update({"z": 2})
print(c3, c3 >= Counter(a=1), c3 == Counter(a=5, b=2, z=2), dict(c3))

dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
print(sorted((k, len(v)) for k, v in dd.items()), dd.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print({k: dict(v) if isinstance(v, dict) else v for k, v in t["a"].items()} == {"b": {"c": 1}, "x": 2})
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts), counts.get("z"), "z" in counts, repr(defaultdict(int, a=1)))

d = deque(range(10), maxlen=7)
print(d, d.maxlen)
d.rotate(3)
print(d)
d.rotate(-5)
d.appendleft(-1)
d.extend([100, 101])
print(d, d.count(5), d.index(100), d[0], d[-1])
d.extendleft("ab")
print(d, d.popleft(), d.pop(), len(d), list(reversed(d))[:3])
d.remove(100)
d.clear()
print(d, deque("xyz") == deque("xyz"), deque([1, 2]) + deque([3]), deque([1]) * 3)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._replace(z=9), p._asdict(), Point._fields, Point._field_defaults, p.x + p[1], tuple(p))
Rec = namedtuple("Rec", ["name", "class", "def"], rename=True)
print(Rec._fields, Rec("a", "b", "c"))
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
od2 = OrderedDict(x=1)
od2 |= {"y": 2}
print(od2, list(reversed(od2)))

defaults = {"color": "red", "size": "M", "debug": False}
env = {"size": "L"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], cm["debug"], len(cm), sorted(cm), cm.maps[1])
child = cm.new_child({"color": "blue"})
child["extra"] = 1
print(child["color"], cm["color"], child.parents["color"], dict(child.maps[0]))
del child["extra"]
try:
    del child["size"]
except KeyError as e:
    print("KeyError:", e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


ld = LowerDict({"Content-Type": "json"})
ld["X-Mode"] = "fast"
print(ld["CONTENT-TYPE"], "x-MODE" in ld, ld.data, len(ld), ld.get("missing", "?"))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s[-1], s + [4], type(s[:1]).__name__, type(s + [4]).__name__)
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", type(us.upper()).__name__, "ell" in us)
