# Assigning to a frozen dataclass field: the generated __setattr__ frame is CPython's 'File "<string>", line 4'
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass
class Account:
    owner: str
    balance: float = 0.0

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative opening balance for {self.owner}")


p = Point(1)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Account("bob", -5)
except ValueError as e:
    print("ValueError:", e, "| frames:", [f.name for f in __import__("traceback").extract_tb(e.__traceback__)])
p.x = 10
