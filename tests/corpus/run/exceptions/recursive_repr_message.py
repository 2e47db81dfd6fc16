# Which check trips first decides RecursionError's message; an int field formatted in a recursive
# __repr__ ends in PyObject_Str's check, as in CPython.
class Node:
    def __init__(self, val):
        self.val = val
        self.nxt = self
    def __repr__(self):
        return f"Node({self.val}, {self.nxt!r})"
n = Node(1)
for fn in (lambda x: f"{x!r}", lambda x: "%r" % (x,)):
    try:
        fn(n)
    except RecursionError as e:
        print(type(e).__name__, e)
