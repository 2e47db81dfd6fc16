# The generated __init__ carries the fields' annotations (and '-> None'), so signatures and
# get_type_hints show the types; `collections.abc` is reachable after a bare `import collections`.
import collections, inspect, typing
from dataclasses import dataclass, field, InitVar
from typing import List
@dataclass
class P:
    x: int
    y: float = 0.0
    tags: List[str] = field(default_factory=list)
    scale: InitVar[int] = 1
    def __post_init__(self, scale): pass
@dataclass(kw_only=True)
class K:
    a: int
    b: 'str' = 'q'
print(inspect.signature(P))
print(inspect.signature(K))
print(P.__init__.__annotations__)
print(typing.get_type_hints(P.__init__))
print(P.__doc__, K.__doc__)
print(isinstance({}, collections.abc.Mapping), collections.abc.Sequence)
