# typing.Annotated is a class in CPython 3.11 (get_origin answers it), nested Annotated flattens, and
# get_type_hints evaluates a quoted annotation under `from __future__ import annotations` to the type.
from __future__ import annotations

from typing import Annotated, Optional, get_origin, get_type_hints

print(Annotated, get_origin(Annotated[int, 1]), Annotated[int, "x"], Annotated[Annotated[int, 1], 2])
for bad in [lambda: Annotated(), lambda: Annotated[int], lambda: type("X", (Annotated,), {})]:
    try:
        bad()
    except TypeError as e:
        print(e)


def f(x: Annotated[int, "m"], y: "str" = "s") -> Optional[list[int]]:
    return None


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
print(f.__annotations__)


class Node:
    child: "Node"
    name: "str"


print(get_type_hints(Node))
