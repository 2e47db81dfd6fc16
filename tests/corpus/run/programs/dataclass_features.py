from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, InitVar, FrozenInstanceError, make_dataclass
from typing import List, Dict, Optional, ClassVar

@dataclass
class Address:
    street: str
    city: str = "Springfield"
    zip: Optional[str] = None

@dataclass(order=True)
class Employee:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    salary: float = 0.0
    skills: List[str] = field(default_factory=list)
    address: Address = field(default_factory=lambda: Address("Main St"))
    meta: Dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        self.sort_index = (-self.salary, self.name)
        Employee.count += 1

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

@dataclass(eq=False)
class Identity:
    v: int

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"

e1 = Employee("Ann", 5000, ["py", "sql"])
e2 = Employee("Bob", 7000, address=Address("Elm", "Shelbyville", "12345"))
e3 = Employee("Cid", 5000)
print(e1)
print(repr(e2))
print(sorted([e1, e2, e3]))
print(e1 == Employee("Ann", 5000, ["py", "sql"]), e1 < e3, Employee.count)
print(asdict(e2))
print(astuple(e1))
e4 = replace(e1, name="Ann2", salary=1)
print(e4, e4.sort_index)
print([f.name for f in fields(Employee)], is_dataclass(e1), is_dataclass(Employee), is_dataclass(1))
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
w = WithInitVar(5)
print(w, WithInitVar(5, 3).b)
o = Options(level=3)
print(o)
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
print(Identity(1) == Identity(1), Slotted(1), Slotted.__slots__)
try:
    Slotted(1).c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    replace(w, b=3)
except ValueError as e:
    print("ValueError:", e)
try:
    asdict(Address)
except TypeError as e:
    print("TypeError:", e)
Dyn = make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
d = Dyn(1)
print(d, d.total(), Dyn.__name__)
print(Employee.__dataclass_params__.order if hasattr(Employee, "__dataclass_params__") else "")
print(Point.__match_args__, Employee.__match_args__)
match p:
    case Point(x, y) if x < y:
        print("matched", x, y)
    case _:
        print("no match")
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(tree)
