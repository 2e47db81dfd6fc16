from dataclasses import dataclass, field, asdict, astuple, replace
from functools import total_ordering
from operator import attrgetter, itemgetter
from collections import defaultdict, Counter
import json


@dataclass(order=True, frozen=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: tuple = field(default=(), compare=False)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.sku in self.items:
            old = self.items[item.sku]
            item = replace(old, qty=old.qty + item.qty)
        self.items[item.sku] = item

    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku!r} left")
        self.items[sku] = replace(item, qty=item.qty - qty)

    def by_tag(self):
        out = defaultdict(list)
        for it in self.items.values():
            for t in it.tags:
                out[t].append(it.sku)
        return dict(sorted(out.items()))

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        for it in sorted(self.items.values(), key=attrgetter("value"), reverse=True):
            lines.append(f"{it.sku:<6}{it.name:<12}{it.qty:>5}{it.price:>9.2f}{it.value:>10,.2f}")
        lines.append(f"{'':-<42}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'TOTAL':<32}{total:>10,.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("A100", "widget", 2.5, 10, ("metal", "small")))
inv.add(Item("B200", "gadget", 12.99, 3, ("plastic",)))
inv.add(Item("C300", "doohickey", 0.35, 1200, ("small", "bulk")))
inv.add(Item("A100", "widget", 2.5, 5))
inv.add(Item("D400", "thingamajig", 1999.0, 2, ("metal", "large")))
print(inv.report())
inv.remove("C300", 200)
try:
    inv.remove("B200", 4)
except ValueError as e:
    print("error:", e)
print(inv.by_tag())
first = min(inv.items.values())
print(first)
print(asdict(first))
print(astuple(inv.items["B200"]))
try:
    first.qty = 3
except Exception as e:
    print(type(e).__name__, e)
print(sorted(inv.items.values())[-1].sku)
print(hash(Item("Z", "a", 1.0)) == hash(Item("Z", "b", 2.0)))
print(json.dumps({k: asdict(v) for k, v in sorted(inv.items.items())}, indent=2, sort_keys=True)[:300])
versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions))
print(Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))
print(max(versions), min(versions))
c = Counter(t for it in inv.items.values() for t in it.tags)
print(c.most_common(2), sorted(c.elements()))
rows = [(it.name, it.qty) for it in inv.items.values()]
print(sorted(rows, key=itemgetter(1)))
print(Item.__dataclass_fields__["qty"].default, Item.__dataclass_params__.frozen if hasattr(Item, "__dataclass_params__") else None)
print(repr(Item("Q", "q", 1.0)))
