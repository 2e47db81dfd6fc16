"""Vending machine state machine with enums, transitions table, and event log."""
from enum import Enum, auto
from dataclasses import dataclass, field


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    MAINTENANCE = auto()


class Event(Enum):
    COIN = "coin"
    SELECT = "select"
    CANCEL = "cancel"
    DONE = "done"
    SERVICE = "service"


class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state.name} on {event.value}")
        self.state, self.event = state, event


@dataclass
class Machine:
    stock: dict
    prices: dict
    state: State = State.IDLE
    balance: int = 0
    selection: str = None
    bank: int = 0
    log: list = field(default_factory=list)

    def fire(self, event, arg=None):
        handler = getattr(self, f"on_{self.state.name.lower()}_{event.value}", None)
        if handler is None:
            raise TransitionError(self.state, event)
        before = self.state
        result = handler(arg)
        self.log.append((before.name, event.value, self.state.name))
        return result

    def on_idle_coin(self, amount):
        self.balance += amount
        self.state = State.HAS_MONEY
        return f"balance {self.balance}"

    on_has_money_coin = on_idle_coin

    def on_idle_service(self, _):
        self.state = State.MAINTENANCE
        return "maintenance mode"

    def on_maintenance_service(self, restock):
        for k, v in (restock or {}).items():
            self.stock[k] = self.stock.get(k, 0) + v
        self.state = State.IDLE
        return f"restocked {sorted(self.stock.items())}"

    def on_has_money_select(self, item):
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        price = self.prices[item]
        if self.balance < price:
            return f"need {price - self.balance} more for {item}"
        self.balance -= price
        self.bank += price
        self.stock[item] -= 1
        self.selection = item
        self.state = State.DISPENSING
        return f"dispensing {item}"

    def on_has_money_cancel(self, _):
        refund, self.balance = self.balance, 0
        self.state = State.IDLE
        return f"refund {refund}"

    def on_dispensing_done(self, _):
        item, self.selection = self.selection, None
        change, self.balance = self.balance, 0
        self.state = State.IDLE
        return f"enjoy your {item}" + (f", change {change}" if change else "")


m = Machine(stock={"cola": 2, "chips": 0, "candy": 5}, prices={"cola": 150, "chips": 100, "candy": 65})
script = [(Event.SELECT, "cola"), (Event.COIN, 100), (Event.SELECT, "cola"), (Event.COIN, 25),
          (Event.COIN, 50), (Event.SELECT, "chips"), (Event.SELECT, "cola"), (Event.COIN, 5),
          (Event.DONE, None), (Event.COIN, 200), (Event.SELECT, "cola"), (Event.DONE, None),
          (Event.COIN, 200), (Event.SELECT, "cola"), (Event.CANCEL, None), (Event.SERVICE, None),
          (Event.COIN, 1), (Event.SERVICE, {"chips": 3, "gum": 10}), (Event.COIN, 100),
          (Event.SELECT, "chips"), (Event.DONE, None)]
for ev, arg in script:
    try:
        print(f"{m.state.name:<12} {ev.value:<8} {arg!s:<25} -> {m.fire(ev, arg)}")
    except TransitionError as e:
        print(f"{m.state.name:<12} {ev.value:<8} {arg!s:<25} !! {e}")
print("bank:", m.bank, "stock:", m.stock)
from collections import Counter
print(Counter(s for s, _, _ in m.log).most_common())
print([t for t in m.log if t[0] != t[2]][:5])
print(State.IDLE in State, State(1), Event("coin"), [e.name for e in Event], State.__members__.keys())
