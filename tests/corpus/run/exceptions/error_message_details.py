# Wording details of common TypeError/ValueError/AttributeError messages of builtins.
import collections
import copy
import io
import re
import sys
import threading
import types


def show(label, fn):
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


def delete_item(obj, key):
    del obj[key]


def inplace_power(a, b):
    a **= b
    return a


class Plain:
    pass


# Item deletion: "doesn't" when a sequence type refuses an integer index, else "does not".
show("del int[0]", lambda: delete_item(5, 0))
show("del None[0]", lambda: delete_item(None, 0))
show("del tuple[0]", lambda: delete_item((1,), 0))
show("del tuple['a']", lambda: delete_item((1,), "a"))
show("del str[0]", lambda: delete_item("ab", 0))
show("del frozenset[0]", lambda: delete_item(frozenset(), 0))
show("del Plain()[0]", lambda: delete_item(Plain(), 0))
show("del object()[0]", lambda: delete_item(object(), 0))

# In-place power names only the in-place operator.
show("dict **= float", lambda: inplace_power({}, 1.5))
show("None ** str", lambda: None ** "a")
show("pow(None, str)", lambda: pow(None, "a"))

# Keyword count before keyword names; index conversion before emptiness.
show("max 3 keywords", lambda: max([1], default=1, key=None, x=2))
show("max bad keyword", lambda: max([1], x=2))
show("[].pop('a')", lambda: [].pop("a"))
show("[].pop()", lambda: [].pop())
show("list.index start", lambda: [1].index(1, "a"))
show("list.index None", lambda: [1].index(1, None))
show("tuple.index stop", lambda: (1,).index(1, 0, 1.5))
show("list.index huge", lambda: [1, 2].index(2, -10 ** 30, 10 ** 30))
show("str.find start", lambda: "abc".find("a", "x"))
show("str.count end", lambda: "abc".count("a", None, "x"))
show("bytes.find start", lambda: b"abc".find(b"a", "x"))
show("str.startswith end", lambda: "abc".startswith("a", 0, []))

# READONLY members refuse stores with "readonly attribute"; getsets name themselves.
def store(obj, name):
    setattr(obj, name, 5)


def func():
    pass


class WithMethod:
    def method(self):
        pass


show("slice.start", lambda: store(slice(1, 2), "start"))
show("range.step", lambda: store(range(3), "step"))
show("complex.real", lambda: store(1j, "real"))
show("float.real", lambda: store(1.5, "real"))
show("method.__self__", lambda: store(WithMethod().method, "__self__"))
show("property.fget", lambda: store(property(), "fget"))
show("staticmethod.__func__", lambda: store(staticmethod(func), "__func__"))
show("code.co_name", lambda: store(func.__code__, "co_name"))
show("code.co_varnames", lambda: store(func.__code__, "co_varnames"))
show("function.__globals__", lambda: store(func, "__globals__"))

# BaseException's attributes refuse deletion (never a crash).
err = ValueError("x")
for attr in ("args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__dict__"):
    show(f"del {attr}", lambda attr=attr: delattr(err, attr))
show("__suppress_context__ = 'a'", lambda: setattr(err, "__suppress_context__", "a"))
show("__dict__ = 5", lambda: setattr(err, "__dict__", 5))


class AppError(Exception):
    pass


show("subclass keyword", lambda: AppError(code=1))
show("builtin keyword", lambda: KeyError(x=1))
show("__new__(int instance)", lambda: BaseException.__new__(1))
show("__new__(int)", lambda: BaseException.__new__(int))
show("__new__()", lambda: BaseException.__new__())
show("__new__(AppError)", lambda: type(BaseException.__new__(AppError)).__name__)

# C types of other modules are named with their module in messages.
show("StringIO attr", lambda: io.StringIO().nope)
show("BytesIO subscript", lambda: io.BytesIO()[0])
show("stdout attr", lambda: sys.stdout.wirte)
show("Pattern attr", lambda: re.compile("a").nope)
show("Match attr", lambda: re.match("a", "a").nope)
show("SimpleNamespace attr", lambda: types.SimpleNamespace(a=1).b)
show("lock attr", lambda: threading.Lock().nope)
show("deque attr", lambda: collections.deque().nope)
show("RegexFlag attr", lambda: re.I.nope)

# A lock's state cannot be copied or pickled.
show("deepcopy lock", lambda: copy.deepcopy(threading.Lock()))
show("deepcopy RLock", lambda: copy.deepcopy(threading.RLock()))
show("deepcopy holder", lambda: copy.deepcopy({"lock": threading.Lock()}))
