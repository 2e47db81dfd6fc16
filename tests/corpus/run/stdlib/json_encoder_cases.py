# json.dumps through the native encoder: scalars, containers, indent/separators/sort_keys, key types, subclasses,
# default(), circular references, deep nesting, as CPython 3.11.
import json, math, collections, decimal, enum
values = [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, 3.141592653589793, "s", "é\u4e2d😀\x00\x1f\x7f\"\\/", [], {}, (), [1, [2, [3]]],
          {"b": 1, "a": [1, 2], 3: "int key", 1.5: "f", True: "t", None: "n"}, collections.OrderedDict(z=1, y=2)]
for v in values:
    for kw in [{}, {"ensure_ascii": False}, {"indent": 2}, {"indent": "\t", "sort_keys": False}, {"separators": (",", ":")}, {"indent": 0}]:
        try:
            print(json.dumps(v, **kw))
        except Exception as e:
            print(type(e).__name__, e)
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=4))
for bad in [{"a": {1, 2}}, {(1, 2): 3}, float("nan"), [float("inf")], {"k": object()}]:
    for kw in [{}, {"allow_nan": False}, {"skipkeys": True}, {"default": lambda o: type(o).__name__}]:
        try: print(json.dumps(bad, **kw))
        except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e: print(e)
circ = []; circ.append(circ)
try: json.dumps(circ)
except ValueError as e: print(e)
d = {}; d["self"] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps(circ, check_circular=False) if False else "skip")
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "c": 1+2j}, cls=E), E(indent=1).encode([{1, 2}]))
class Color(enum.IntEnum):
    RED = 1
class S(str): pass
class F(float):
    def __repr__(self): return "F!"
class I(int):
    def __repr__(self): return "I!"
print(json.dumps([Color.RED, S("x"), F(2.5), I(7), True]), json.dumps({Color.RED: 1, I(3): 2, F(1.5): 3}))
class D(dict):
    def items(self): return [("fake", 1)]
print(json.dumps(D(a=1)), json.dumps(D()))
class L(list): pass
print(json.dumps(L([1, 2])), json.dumps((1, (2,))))
import io
buf = io.StringIO(); json.dump({"a": [1, 2, {"b": None}]}, buf, indent=2); print(buf.getvalue())
print(list(json.JSONEncoder().iterencode({"a": [1, "x"]})))
print(json.dumps("plain"), json.dumps("é", ensure_ascii=False), json.encoder.encode_basestring_ascii("a\u2028b"), json.encoder.encode_basestring('q"'))
deep = 1
for _ in range(100000): deep = [deep]
try: json.dumps(deep)
except RecursionError as e: print("RecursionError", e)
try: json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e: print("RecursionError", e)
try: json.loads('{"a":' * 100000)
except RecursionError as e: print("RecursionError", e)
print(json.dumps({"a": 1}, separators=(",", ": "), indent=None), json.dumps([1, 2], indent=" "))
try: json.dumps([1], separators=(1, 2))
except TypeError as e: print(type(e).__name__)
print(json.loads('"\\u00e9"') == "é", json.loads("1" * 300) == int("1" * 300))
try: json.loads("1" * 5000)
except ValueError as e: print(e)
