# The generated __init__ carries the fields' annotations and "-> None", as inspect.signature shows.
import dataclasses, inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY
@dataclass
class D:
    a: int
    b: "str" = "x"
    c: list = field(default_factory=list)
    d: InitVar[int] = 0
    e: int = field(default=1, init=False)
    _: KW_ONLY
    k: float = 1.0
    def __post_init__(self, d): pass
print(inspect.signature(D), D.__init__.__annotations__)
print(D.__doc__)
@dataclass(frozen=True, kw_only=True)
class F:
    x: int
print(inspect.signature(F), F.__doc__)
print(D(1))
