"""Typing at runtime: Generic containers, Protocol, TypeVar, NamedTuple, TypedDict, get_type_hints."""
from __future__ import annotations
from dataclasses import dataclass, field
from typing import (Any, Callable, Dict, Generic, Iterator, List, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, Union, runtime_checkable, get_type_hints, get_origin, get_args, overload, cast, Literal, Final)
import typing

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


class LRU(Generic[K, V]):
    def __init__(self, cap: int) -> None:
        from collections import OrderedDict
        self.cap = cap
        self.d: "OrderedDict[K, V]" = OrderedDict()

    def get(self, k: K, default: Optional[V] = None) -> Optional[V]:
        if k in self.d:
            self.d.move_to_end(k)
            return self.d[k]
        return default

    def put(self, k: K, v: V) -> None:
        self.d[k] = v
        self.d.move_to_end(k)
        while len(self.d) > self.cap:
            old, _ = self.d.popitem(last=False)
            print(f"  evict {old!r}")


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Sprite:
    def draw(self) -> str:
        return "sprite"


class Rock:
    pass


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

    def raise_(self, pct: float) -> "Employee":
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


class Movie(TypedDict, total=False):
    title: str
    year: int


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = field(default=(), compare=False)


def total(xs: List[N]) -> N:
    return sum(xs)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(list(s), len(s), s.pop(), s.pop())
try:
    Stack[str]().pop()
except IndexError as e:
    print("IndexError:", e)
cache: LRU[str, int] = LRU(2)
for k in "abcab":
    cache.put(k, ord(k))
print(cache.get("a"), cache.get("z", -1), list(cache.d))
print(isinstance(Sprite(), Drawable), isinstance(Rock(), Drawable))
e = Employee("ann", salary=1000)
print(e, e.raise_(10), e._fields, e._field_defaults, Employee._make(["bob", "ops", 5])._asdict())
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__ == frozenset(), sorted(Movie.__optional_keys__))
v1, v2 = Version(1, 2, ("beta",)), Version(1, 2)
print(v1 == v2, v1 < Version(2), hash(v1) == hash(v2), sorted([Version(3), v1, Version(1)]))
try:
    v1.major = 5
except Exception as ex:
    print(type(ex).__name__, ex)
print(total([1, 2, 3]), total([1.5, 2.5]), apply(lambda x: x + 1, 41), double(4), double("ab"))
print(get_type_hints(Stack.push), get_type_hints(Employee))
print(Stack.__parameters__, Stack[int].__origin__ is Stack, get_args(Dict[str, List[int]]), get_origin(List[int]))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[Union[int, str]])
print(get_args(Callable[[int, str], bool]), Literal["a", "b"], get_args(Literal[1, 2]))
print(typing.TYPE_CHECKING, cast(int, "not really"), Any, Final)
print(T, N.__constraints__, K.__name__, repr(Stack[int]))
print(int | str, list[int], dict[str, tuple[int, ...]], type(int | None).__name__)
print(isinstance(3, int | str), issubclass(bool, int | float))
print(Version.__annotations__)


def annotated(a: int, b: "str" = "x", *args: float, c: list[int] | None = None, **kw: Any) -> dict[str, Any]:
    return {}


print(annotated.__annotations__)
print(get_type_hints(annotated))
