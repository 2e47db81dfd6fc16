"""Observer/event bus with weak subscribers, priorities, decorators, and error isolation."""
import weakref
import gc
from collections import defaultdict
from functools import wraps


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.errors = []

    def subscribe(self, event, priority=0):
        def deco(fn):
            self._subs[event].append((priority, len(self._subs[event]), fn))
            self._subs[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco

    def subscribe_method(self, event, method):
        ref = weakref.WeakMethod(method)
        self._subs[event].append((0, len(self._subs[event]), ref))

    def publish(self, event, **payload):
        results = []
        for prio, _, fn in list(self._subs.get(event, ())):
            if isinstance(fn, weakref.WeakMethod):
                fn = fn()
                if fn is None:
                    continue
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.errors.append(f"{event}: {type(e).__name__}: {e}")
        return results

    def prune(self):
        for event, subs in self._subs.items():
            subs[:] = [s for s in subs if not (isinstance(s[2], weakref.WeakMethod) and s[2]() is None)]
        return {e: len(s) for e, s in self._subs.items()}


bus = EventBus()


def logged(fn):
    @wraps(fn)
    def inner(**kw):
        r = fn(**kw)
        return f"{fn.__name__}->{r}"
    return inner


@bus.subscribe("order", priority=10)
@logged
def validate(item, qty):
    if qty <= 0:
        raise ValueError(f"bad qty {qty}")
    return "valid"


@bus.subscribe("order")
def reserve(item, qty):
    return f"reserved {qty} {item}"


@bus.subscribe("order", priority=5)
def price(item, qty):
    return {"apple": 0.5, "pear": 0.75}[item] * qty


class Auditor:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_order(self, item, qty):
        self.seen.append((item, qty))
        return f"{self.name} audited"


aud = Auditor("A1")
tmp = Auditor("temp")
bus.subscribe_method("order", aud.on_order)
bus.subscribe_method("order", tmp.on_order)
print(bus.publish("order", item="apple", qty=4))
del tmp
gc.collect()
print(bus.publish("order", item="pear", qty=2))
print(bus.publish("order", item="plum", qty=1))
print(bus.publish("order", item="apple", qty=0))
print(bus.publish("nothing"))
print(bus.errors)
print(bus.prune(), aud.seen, validate.__name__, validate.__wrapped__.__name__)
