import pickle
import copy
import io
from dataclasses import dataclass, field
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
from fractions import Fraction
from decimal import Decimal
import datetime

Point = namedtuple("Point", "x y")


@dataclass
class Player:
    name: str
    score: int = 0
    inventory: list = field(default_factory=list)


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._cache = {"temp": object()}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


class Temp:
    def __init__(self, c):
        self.c = c

    def __reduce__(self):
        return (Temp, (self.c * 1,))

    def __repr__(self):
        return f"Temp({self.c})"


objs = [
    42, -1.5, "text", b"bytes", None, True, [1, [2, 3]], (1, "a"), {"k": [1, 2]}, {1, 2, 3}, frozenset("ab"),
    Point(1, 2), Player("ann", 10, ["sword"]), Account("bob", 100), Temp(21),
    OrderedDict(a=1, b=2), defaultdict(int, {"x": 1}), deque([1, 2], maxlen=5), Counter("hello"),
    Fraction(3, 7), Decimal("1.10"), datetime.date(2024, 1, 2), datetime.datetime(2024, 1, 2, 3, 4, 5),
    datetime.timedelta(hours=5), complex(1, -2), range(1, 10, 2), slice(1, 5), 2 ** 100, bytearray(b"ba"),
]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    ok = 0
    for o in objs:
        data = pickle.dumps(o, protocol=proto)
        back = pickle.loads(data)
        same = back == o if not isinstance(o, (Account, Temp)) else repr(back) == repr(o)
        ok += same
        if not same:
            print("mismatch", proto, o, back)
    print("protocol", proto, "roundtrips", ok, "of", len(objs))
acc = pickle.loads(pickle.dumps(Account("cy", 5)))
print(acc, acc._cache, type(pickle.loads(pickle.dumps(defaultdict(list)))).__name__)
shared = [1, 2]
container = [shared, shared]
c2 = pickle.loads(pickle.dumps(container))
print(c2[0] is c2[1], c2)
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump({"a": 1})
p.dump([2])
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(":")[-1])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(1, 2), pickle.dumps("a", 4)[:6])
pl = Player("dee", 1, [["nested"]])
sc, dc = copy.copy(pl), copy.deepcopy(pl)
pl.inventory[0].append("x")
print(sc, dc, sc.inventory is pl.inventory, dc.inventory is pl.inventory)
print(copy.replace(pl, score=2) if hasattr(copy, "replace") else "no replace in 3.11")
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)


class Tracked:
    def __copy__(self):
        print("__copy__ called")
        return Tracked()

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Tracked()


copy.copy(Tracked())
copy.deepcopy([Tracked()])
