import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal,
                    Mapping, NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, TypedDict,
                    TypeVar, Union, cast, get_args, get_origin, get_type_hints, overload,
                    runtime_checkable)

print(List, Dict, Optional, Union, Any, Callable, typing.Deque, typing.DefaultDict)
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], Optional[int])
print(Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Literal['a', 1], ClassVar[int], Final[str])
print(Iterable[int], Mapping[str, Any], Sequence['Node'], typing.Type[int], typing.Counter[str])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(list[int]), get_args(int | str), get_origin(int))
print(isinstance([], List), isinstance({}, Mapping), isinstance(3, Union[int, str]))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    List()
except TypeError as e:
    print(e)

T = TypeVar('T')
K = TypeVar('K', bound=str)
C = TypeVar('C', int, str)
Tco = TypeVar('Tco', covariant=True)
print(T, K, C, Tco, T.__name__, K.__bound__, C.__constraints__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__parameters__, Stack[int], Stack[str] == Stack[str], type(s).__name__)
class Pair(Generic[T, C]):
    pass
print(Pair[int, str], Pair.__parameters__, Dict[str, T][int])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Alien', year=1979)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(5, Closable), isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt))

def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)
print(get_type_hints(greet), greet('hi', 2))
class Node:
    value: int
    next: 'Optional[Node]'
print(get_type_hints(Node))

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), cast(int, 'not really'), typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
