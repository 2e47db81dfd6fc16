# __del__ runs where CPython's reference counting frees the object: temporaries, arguments,
# replaced items and attributes, cleared containers.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def me(self):
        return self

Noisy("statement temporary")
print("after statement")

def use(obj):
    return obj.name.upper()

print(use(Noisy("argument")))
print("after call")

items = [Noisy("list item 0"), Noisy("list item 1")]
items[0] = None
print("after item replaced")
items.clear()
print("after clear")

table = {"a": Noisy("dict value a"), "b": Noisy("dict value b")}
del table["a"]
print("after del item")
table.clear()
print("after dict clear")

class Holder:
    pass
h = Holder()
h.child = Noisy("attribute")
h.child = Noisy("attribute 2")
print("after attribute replaced")
del h.child
print("after del attribute")

keep = Noisy("kept")
keep.me()
print("method returning self keeps it")
stack = [Noisy("popped")]
stack.pop()
print("after pop")

def make():
    return Noisy("returned and dropped")
make()
print("after dropped return value")
print(len([Noisy("in list display")]))
print("after display")

def scope():
    local = Noisy("local")
    return 1
scope()
print("after scope")
print("end")
