# get_type_hints under `from __future__ import annotations`: string annotations evaluate, "None" -> NoneType
from __future__ import annotations
from typing import get_type_hints, Optional

class Node:
    value: int
    next: Optional[Node] = None

def link(a: Node, b: Node | None = None) -> None:
    a.next = b

def count(n: Node) -> int:
    return 1 if n.next is None else 1 + count(n.next)

print(link.__annotations__)
print(get_type_hints(link))
print(get_type_hints(count))
print(get_type_hints(Node))
a, b = Node(), Node()
link(a, b)
print(count(a))
