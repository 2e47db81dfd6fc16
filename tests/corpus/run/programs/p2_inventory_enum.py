"""Inventory management with dataclasses, enums, ordering and reports."""
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import Enum, IntEnum, Flag, auto
from collections import Counter, defaultdict
import json


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"
    BOOKS = "books"

    def __str__(self):
        return self.value.title()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Tag(Flag):
    NONE = 0
    FRAGILE = auto()
    PERISHABLE = auto()
    HEAVY = auto()
    GIFT = auto()


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: float
    qty: int = 0
    tags: Tag = Tag.NONE
    priority: Priority = Priority.MEDIUM

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"{self.sku}: negative price")
        self.sort_key = (self.category.value, -self.price, self.sku)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(item.sku)
        self.items[item.sku] = item
        self.log.append(f"add {item.sku}")

    def restock(self, sku, n):
        it = self.items[sku]
        self.items[sku] = replace(it, qty=it.qty + n)
        self.log.append(f"restock {sku} +{n}")

    def sell(self, sku, n):
        it = self.items[sku]
        if n > it.qty:
            raise ValueError(f"only {it.qty} of {sku} left")
        it.qty -= n
        self.log.append(f"sell {sku} -{n}")

    def by_category(self):
        groups = defaultdict(list)
        for it in sorted(self.items.values()):
            groups[it.category].append(it)
        return groups


inv = Inventory()
raw = [
    ("T-100", "Hammer", Category.TOOLS, 12.5, 10, Tag.HEAVY, Priority.LOW),
    ("T-200", "Screwdriver set", Category.TOOLS, 24.99, 4, Tag.NONE, Priority.HIGH),
    ("F-001", "Cheese", Category.FOOD, 6.75, 30, Tag.PERISHABLE, Priority.HIGH),
    ("F-002", "Wine", Category.FOOD, 18.0, 12, Tag.FRAGILE | Tag.GIFT, Priority.MEDIUM),
    ("Y-010", "Puzzle", Category.TOYS, 15.0, 0, Tag.GIFT, Priority.LOW),
    ("B-777", "Python book", Category.BOOKS, 39.95, 3, Tag.HEAVY | Tag.GIFT, Priority.MEDIUM),
]
for r in raw:
    inv.add(Item(*r))
try:
    inv.add(Item("T-100", "dup", Category.TOOLS, 1.0))
except KeyError as e:
    print("duplicate:", e)
try:
    Item("X", "bad", Category.TOYS, -1)
except ValueError as e:
    print("invalid:", e)

inv.restock("Y-010", 7)
inv.sell("F-001", 12)
try:
    inv.sell("B-777", 5)
except ValueError as e:
    print("sell failed:", e)

for cat, items in inv.by_category().items():
    print(f"[{cat}] ({cat.name}, {cat!r})")
    for it in items:
        tags = "|".join(t.name for t in Tag if t and t in it.tags) or "-"
        print(f"  {it.sku:<6} {it.name:<16} {it.price:>7.2f} x{it.qty:<3} = {it.value:>8.2f}  {tags:<14} {it.priority.name}")

total = sum(it.value for it in inv.items.values())
print(f"Total value: {total:,.2f}")
print("Counts per category:", Counter(it.category.name for it in inv.items.values()).most_common())
high = [it.sku for it in inv.items.values() if it.priority >= Priority.MEDIUM]
print("medium+ priority:", high)
print("priority math:", Priority.HIGH + 1, Priority.LOW < 2, max(Priority))
gifts = [it.name for it in inv.items.values() if Tag.GIFT in it.tags]
print("gifts:", gifts)
print("tag combo:", Tag.FRAGILE | Tag.GIFT, bool(Tag.NONE), (Tag.HEAVY | Tag.GIFT) & ~Tag.GIFT)

first = inv.items["F-002"]
d = asdict(first)
d["category"] = d["category"].value
d["tags"] = d["tags"].value
d["priority"] = int(d["priority"])
del d["sort_key"]
print(json.dumps(d, sort_keys=True))
print(astuple(inv.items["T-100"])[1:4])
print([f.name for f in fields(Item)])
print(inv.log)
print(Item("Z-1", "a", Category.BOOKS, 1.0) < Item("Z-2", "b", Category.BOOKS, 1.0))
print(Category("food"), Category["TOYS"].value, list(Category)[-1])
try:
    Category("cars")
except ValueError as e:
    print(e)
