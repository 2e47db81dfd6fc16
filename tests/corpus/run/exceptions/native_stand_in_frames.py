# Library code that is C code in CPython (functools.partial/reduce/lru_cache, itertools, operator, csv.reader,
# datetime, decimal, struct, pickle, defaultdict) adds no traceback entries; errors it raises do not chain the
# lookups that failed inside it.
import collections
import csv
import datetime
import decimal
import functools
import io
import json
import os
import itertools
import operator
import pickle
import struct
import traceback


def show(label, func):
    try:
        func()
    except Exception as exc:
        frames = [f.name for f in traceback.extract_tb(exc.__traceback__)]
        context = type(exc.__context__).__name__ if exc.__context__ is not None else None
        print(f"{label}: {type(exc).__name__}: {exc} | frames={frames} context={context}")


def fail(*args):
    raise ValueError(f"bad {args}")


@functools.lru_cache(maxsize=None)
def cached(n):
    if n == 2:
        raise KeyError(n)
    return cached(n + 1)


@functools.lru_cache(maxsize=None)
def depth(n):
    return depth(n - 1) + 1 if n else 0


show("partial", lambda: functools.partial(fail, 1)())
show("reduce", lambda: functools.reduce(fail, [1, 2]))
show("reduce-empty", lambda: functools.reduce(operator.add, []))
show("lru_cache", lambda: cached(0))
show("cmp_to_key", lambda: sorted([3, 1], key=functools.cmp_to_key(fail)))
show("starmap", lambda: list(itertools.starmap(fail, [(1,)])))
show("accumulate", lambda: list(itertools.accumulate([1, "a"])))
show("operator", lambda: operator.add(1, "a"))
show("methodcaller", lambda: operator.methodcaller("nope")(1))
show("csv-strict", lambda: list(csv.reader(io.StringIO('a,"b'), strict=True)))
show("csv-dialect", lambda: csv.get_dialect("nope"))
show("csv-writerow", lambda: csv.writer(io.StringIO()).writerow(5))
show("date", lambda: datetime.date(2020, 13, 1))
show("timespec", lambda: datetime.datetime(2020, 1, 1).isoformat(timespec="x"))
show("decimal", lambda: decimal.Decimal(1) / 0)
show("struct", lambda: struct.pack("i", "x"))
show("pickle", lambda: pickle.dumps(lambda: 0))
show("os.stat", lambda: os.stat("/nonexistent/zz"))
show("os.makedirs", lambda: os.makedirs("/"))
show("os.environ", lambda: os.environ["SHARPY_SURELY_UNSET_VARIABLE"])
show("json.dumps", lambda: json.dumps({1, 2}))
show("json.loads", lambda: json.loads('{"a": }'))
show("json.hook", lambda: json.loads('{"a": 1}', object_hook=lambda d: fail()))
show("tuple.index", lambda: (1, 2, 1).index(1, 1, 2))
print((1, 2, 1).index(1, 1), (1, 2, 1).index(2, -2))
show("defaultdict", lambda: collections.defaultdict(lambda: fail())[1])
try:
    depth(5000)
except RecursionError as exc:
    print("recursion:", exc, len(traceback.extract_tb(exc.__traceback__)) > 400)
print(depth(300))
functools.partial(fail, "uncaught")()
