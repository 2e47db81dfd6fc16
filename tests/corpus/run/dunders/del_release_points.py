# __del__ timing where references are released: with blocks, exhausted loops, handled exceptions,
# generators, linked structures, tuples and replaced dict values.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, *a):
        print("exit", self.name)

with Noisy("ctx"):
    print("in with")
print("after with")

for n in [Noisy("loop 1"), Noisy("loop 2")]:
    print("iter", n.name)
print("after loop")
del n
print("after del n")

try:
    raise ValueError(Noisy("in exception"))
except ValueError as e:
    print("caught", e.args[0].name)
print("after except")

x = [Noisy("comprehension %d" % i) for i in range(2)]
x = None
print("after list rebind")

def gen():
    yield Noisy("yielded")
for item in gen():
    print("got", item.name)
print("after gen loop")
del item
print("after del item")

class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.next = nxt
    def __del__(self):
        print("node del", self.v)
head = Node(1, Node(2, Node(3)))
head = head.next
print("after pop head")
head = None
print("after clear head")
t = (Noisy("tuple a"), Noisy("tuple b"))
del t
print("after del tuple")
s = {1: Noisy("nested")}
s[1] = Noisy("replacement")
print("after replace")
print("end")
