# Reprs and argument errors of typing's special forms and of collections.abc.Callable[...].
from typing import *
import typing, collections.abc as cabc
T = TypeVar('T')
print(Callable[[int], str] | None, Optional[Callable[..., Any]], Union[List[int], None, Dict[str, int]])
print(cabc.Callable[[int], str], cabc.Callable[..., int], cabc.Iterable[int], list[Optional[int]])
print(Tuple[int, str], Tuple[int, ...], Type[T], Iterator[Tuple[T, ...]], Generator[int, None, None])
class S(Generic[T]):
    def m(self) -> "S[T]": ...
print(S[int].__origin__, S[int].__args__, get_type_hints(S.m), S[List[T]][int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == list[int])
print(repr(typing.ForwardRef('X')), Literal[True, None], Final[int], Annotated[List[int], "x", 2])
try: Optional[int, str]
except TypeError as e: print(e)
try: Callable[int, str]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
try: Literal[1]()
except TypeError as e: print(e)
try: ClassVar[int, str]
except TypeError as e: print(e)
print(TypedDict('TD', {'a': int}), NamedTuple('NT', [('a', int)]))
print(get_args(Optional[int]), get_origin(Optional[int]), get_args(Annotated[int, 1]), get_origin(Dict[str, int]))
for f in [Final, ClassVar, TypeGuard, Required, NotRequired, Optional]:
    try: f[int, str]
    except TypeError as e: print(e)
try: Optional[()]
except TypeError as e: print(e)
print(Optional[int], Final[int], ClassVar[int], TypeGuard[int], Required[int])
a = cabc.Callable[[int, str], bool]; print(a, a.__args__, cabc.Callable[..., int].__args__, cabc.Callable[[], int], cabc.Callable[[], int].__args__, cabc.Callable[..., int])
for bad in [(int, str), int, (int,)]:
    try: cabc.Callable[bad]
    except TypeError as e: print(e)
print(cabc.Callable[[list[int]], cabc.Iterable[str]])
