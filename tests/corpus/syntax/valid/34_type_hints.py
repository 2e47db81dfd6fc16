from typing import *
def f(a: 'str', b: List[int], c: Dict[str, Any] = {}) -> Optional[int]: pass
x: Callable[[int, str], bool]
y: tuple[int, ...] = ()
z: 'Forward' = None
def g(*args: *tuple[int, ...]) -> None: pass
class C(Generic[T]):
    attr: ClassVar[int] = 0
    def m(self: 'C[T]') -> 'C[T]': return self
