import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, KW_ONLY
from typing import ClassVar, List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x, Point.y, Point.__match_args__)
print(Point.__doc__, Inventory.__doc__ if False else "", Point.__hash__, Point.__init__.__qualname__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3)]:
    try:
        bad()
    except TypeError as e:
        print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)

v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1, v2, v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, 'x'), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print(e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    unit: ClassVar[str] = 'pcs'

    def __post_init__(self):
        self.total = len(self.items)

a, b = Inventory('a'), Inventory('b', ['x', 'y'])
a.items.append('z')
print(a, b, b.total, Inventory.unit, [f.name for f in fields(Inventory)], 'unit' in Inventory.__dataclass_fields__)
print(asdict(b), astuple(b), replace(b, name='c'), is_dataclass(b), is_dataclass(Inventory), is_dataclass(5))
try:
    replace(b, total=3)
except ValueError as e:
    print(e)

@dataclass
class Tree:
    value: int
    children: List['Tree'] = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10
print(Child(), Child(1, 'x', 2.5), [f.name for f in fields(Child)])

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5), Mixed.__match_args__)

@dataclass(eq=False)
class Ident:
    n: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Key:
    k: str
print(hash(Key('a')) == hash(('a',)), {Key('a'): 1}[Key('a')])

for bad in ["@dataclass\nclass Bad:\n    x: list = []",
            "@dataclass\nclass Bad:\n    x: int = 1\n    y: int",
            "@dataclass(order=True, eq=False)\nclass Bad:\n    x: int"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    fields(5)
except TypeError as e:
    print(e)

match Point(0, 7):
    case Point(0, y):
        print('on y axis at', y)

Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='q'))])
print(Dyn(1), Dyn(2, 'r') == Dyn(2, 'r'))

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 1
s = Slotted(4)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
print(Inventory.__doc__)
print(Tree.__doc__)
print(WithInit.__doc__, Options.__doc__, Mixed.__doc__, Version.__doc__)
