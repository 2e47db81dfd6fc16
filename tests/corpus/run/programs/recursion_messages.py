"""Runaway recursion through builtins and __repr__: where CPython 3.11 trips and with what message."""
import sys

m = 0
def plain(n):
    global m
    m = n
    plain(n + 1)

def via_builtin(n):
    global m
    m = n
    abs(-n)
    via_builtin(n + 1)

def via_len(n):
    global m
    m = n
    len([n])
    via_len(n + 1)

class H:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return through_repr(self.n)

def through_repr(n):
    global m
    m = n
    return repr(H(n + 1))

for fn in (plain, via_builtin, via_len, through_repr):
    try:
        fn(1)
    except RecursionError as e:
        print(f"{fn.__name__:<13} depth={m} {e}")

class FNode:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"FNode({self.child!r})"

class CallNode(FNode):
    def __repr__(self):
        return "CallNode(" + repr(self.child) + ")"

class PercentNode(FNode):
    def __repr__(self):
        return "PercentNode(%r)" % (self.child,)

class StrNode(FNode):
    def __str__(self):
        return f"<{self.child}>"

for cls in (FNode, CallNode, PercentNode):
    try:
        repr(cls())
    except RecursionError as e:
        print(f"{cls.__name__:<12} {e}")
try:
    str(StrNode())
except RecursionError as e:
    print(f"StrNode      {e}")

sys.setrecursionlimit(120)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
try:
    fact(200)
except RecursionError as e:
    print("fact(200):", e)
sys.setrecursionlimit(1000)
print(sum(map(abs, range(-5, 5))), sorted([3, 1, 2], key=abs))
