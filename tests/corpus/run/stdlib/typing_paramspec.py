# ParamSpec/Concatenate reprs and substitution, forward references inside subscripted hints,
# and Protocol issubclass errors.
from typing import *
import typing

P = ParamSpec('P')
T = TypeVar('T')
P2 = ParamSpec('P2', bound=int)
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__, P2.__bound__, ParamSpec('Q', covariant=True))
print(isinstance(P, TypeVar), type(P).__name__, type(P.args).__name__, P.args == P.args, P.args == P.kwargs)
C = Callable[P, T]
print(C, C.__parameters__, C.__args__)
print(C[[int, str], bool], C[..., bool], C[P2, int])
C2 = Callable[Concatenate[int, P], T]
print(C2, C2.__parameters__, C2[[str], bool])
print(Concatenate[int, P].__parameters__, Concatenate[int, P].__args__)
print(get_origin(C2), get_args(C2), get_args(C))

class Z(Generic[P]):
    pass

class Y(Generic[T, P]):
    pass

print(Z[[int, str]], Z[int, str], Z[...], Y[int, [str]], Z.__parameters__, Y.__parameters__)
for bad in [lambda: Concatenate[int], lambda: Concatenate[int, str], lambda: Concatenate[()]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def deco(f: Callable[P, T]) -> Callable[P, list[T]]: ...
def call(x: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T: ...
print(deco.__annotations__)
print(get_type_hints(call))

class N:
    pass

class Hints:
    x: list["N"]
    y: Dict[str, "N"]
    z: "Optional[List[N]]"
    w: Callable[["N"], "N"]
    v: Annotated["N", 1]
    u: "N | None"
    t: Literal["N"]
    s: tuple["N", ...]
    r: Optional["N"]

print(get_type_hints(Hints))
print(get_type_hints(Hints, include_extras=True)['v'])

class Plain(Protocol):
    def m(self) -> int: ...

@runtime_checkable
class WithData(Protocol):
    x: int
    def m(self) -> int: ...

@runtime_checkable
class MethodsOnly(Protocol):
    def m(self) -> int: ...

class Impl:
    x = 1
    def m(self):
        return 1

print(isinstance(Impl(), WithData), isinstance(1, WithData), issubclass(Impl, MethodsOnly), issubclass(int, MethodsOnly))
for check in [lambda: issubclass(Impl, WithData), lambda: isinstance(1, Plain), lambda: issubclass(int, Plain)]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
