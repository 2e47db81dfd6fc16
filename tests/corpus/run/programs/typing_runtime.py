from typing import (Any, Callable, ClassVar, Dict, Final, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, Generic, get_type_hints,
                    get_origin, get_args, runtime_checkable, overload, cast, Iterable)
import typing
from dataclasses import dataclass, field, fields, KW_ONLY

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)


class Movie(TypedDict, total=False):
    title: str
    year: int


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print("closed")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn: Callable[[T], Any]) -> "Box[Any]":
        return Box(fn(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


@dataclass
class Config:
    name: str
    retries: int = 3
    _: KW_ONLY
    verbose: bool = False
    tags: List[str] = field(default_factory=list)
    MAX: ClassVar[int] = 10

    def __post_init__(self):
        if self.retries > self.MAX:
            raise ValueError(f"retries {self.retries} > {self.MAX}")
        self.name = self.name.strip()


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


def describe(x: Union[int, str, None], mode: Literal["short", "long"] = "short") -> str:
    return f"{type(x).__name__}:{x}"


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(get_type_hints(describe))
print({k: v for k, v in get_type_hints(Config).items() if k != "_"}, "_" in get_type_hints(Config))
print(Point(3, 4), Point(3, 4).norm(), Point(1), Point._field_defaults, Point.__annotations__)
m: Movie = {"title": "Up"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m))
print(isinstance(Resource(), Closable), isinstance(3, Closable))
print(Box(2).map(lambda v: v * 10), Box[int], Box.__parameters__)
print(Config(" svc "), Config("a", 1, verbose=True, tags=["x"]))
try:
    Config("a", 11)
except ValueError as e:
    print("ValueError:", e)
try:
    Config("a", 1, True)
except TypeError as e:
    print("TypeError:", e)
import dataclasses
print(type(dataclasses.KW_ONLY).__name__, isinstance(dataclasses.KW_ONLY, type))
print([f.name for f in fields(Config)], [f.kw_only for f in fields(Config)])
print(first([1, 2]), first([]), double(4), double("ab"), cast(int, "not really"))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Literal["a", 1], Final[int], ClassVar[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]))
print(list[int], dict[str, tuple[int, ...]], int | str, int | None, type(int | str))
print(Union[int, Union[str, int]], Optional[Union[int, str]], Union[int] is int)
print(T, K.__bound__, N.__constraints__, T.__name__)
print(typing.Any, repr(typing.Iterable[int]), typing.Sequence, typing.Mapping[str, int])
print(describe.__annotations__)
print(isinstance([], typing.Iterable), issubclass(list, typing.Sequence))


def f(a: "int", b: "List[str]" = None) -> "Dict[str, int]":
    return {}


print(get_type_hints(f))
Alias = Dict[str, "Point"]
print(Alias, typing.get_type_hints(lambda: None))
