# Weak references die at `del obj` and at a module-level `obj = None`, as with CPython's reference counting.
import weakref
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Node({self.name})"
a = Node('a')
r = weakref.ref(a, lambda ref: print('callback, dead:', ref() is None))
print(r())
del a
print('after del:', r())
b = Node('b')
rb = weakref.ref(b)
b = None
print('after rebind:', rb())
cache = weakref.WeakValueDictionary()
c = Node('c'); cache['c'] = c
print(len(cache), list(cache.keys()))
del c
print(len(cache), list(cache.keys()))
s = weakref.WeakSet(); d = Node('d'); s.add(d); print(len(s)); del d; print(len(s))
f = Node('f'); fin = weakref.finalize(f, print, 'finalized f'); del f; print('alive:', fin.alive)
def scope():
    x = Node('x')
    rx = weakref.ref(x)
    del x
    return rx()
print('in function:', scope())
keep = Node('k'); other = keep; rk = weakref.ref(keep); del keep; print('still held:', rk())
p = weakref.proxy(other); print(p.name); del other; rk2 = rk
try: print(p.name)
except ReferenceError as e: print('ReferenceError', e)
