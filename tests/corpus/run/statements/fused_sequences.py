# Instruction sequences the interpreter runs fused: augmented item assignment, compare-and-branch, method
# loads and attribute stores on locals. Results, errors and tracebacks must be those of the plain sequences.
import sys
import traceback

def augmented(v, d):
    v[0] += 1.5
    v[-1] *= 2
    d['k'] -= 3
    v[1] //= 2
    return v, d

print(augmented([1.0, 7, 3], {'k': 10}))

class Box(list):
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)
    def __setitem__(self, i, x):
        print('set', i, x)
        super().__setitem__(i, x)

b = Box([1, 2])
b[1] += 10
print(b)

def fails(v, i):
    v[i] += 1

for args in [([1], 5), ({}, 'missing'), ((1, 2), 0), ([None], 0)]:
    try:
        fails(*args)
    except Exception as e:
        print(type(e).__name__, e, traceback.extract_tb(e.__traceback__)[-1].line)

class Weird:
    def __init__(self, truth):
        self.truth = truth
    def __lt__(self, other):
        return self
    def __bool__(self):
        if self.truth is None:
            raise ValueError('no truth')
        return self.truth

def branch(a, b):
    if a < b:
        return 'yes'
    return 'no'

print(branch(1, 2), branch(2.5, 1), branch(Weird(True), 0), branch(Weird(False), 0), branch('a', 'b'))
try:
    branch(Weird(None), 0)
except ValueError as e:
    print('ValueError', e, traceback.extract_tb(e.__traceback__)[-1].line)
try:
    branch(1, 'x')
except TypeError as e:
    print('TypeError', e)

def count_down(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps
print(count_down(20000))

class Base:
    def __init__(self):
        self.a = 1
    def get(self):
        return self.a

class Left(Base):
    def get(self):
        return 'left', self.a

class Right(Base):
    def __init__(self):
        self.b = 0
        self.a = 2

class Slotted:
    __slots__ = ('a',)
    def get(self):
        return 'slotted', self.a

class Prop:
    @property
    def a(self):
        return 'prop'
    @a.setter
    def a(self, v):
        print('prop set', v)
    def get(self):
        return self.a

class Hooked:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def get(self):
        return self.a

def touch(o, v):
    o.a = v
    return o.get()

for o in [Base(), Left(), Right(), Slotted(), Prop(), Hooked(), Base()]:
    print(type(o).__name__, touch(o, 5))

Base.get = lambda self: ('patched', self.a)
print(touch(Base(), 6), touch(Left(), 7))
del Base.get
try:
    touch(Base(), 8)
except AttributeError as e:
    print('AttributeError', e)

def missing(o):
    return o.nothing()
try:
    missing(Base())
except AttributeError as e:
    print('AttributeError', e, traceback.extract_tb(e.__traceback__)[-1].line)

def unbound():
    if False:
        o = None
    o.x = 1
try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def replace_item(v):
    v[0] = Tracked('second')
    print('replaced')

holder = [Tracked('first')]
replace_item(holder)
print('after item')
t = Base()
t.a = Tracked('attr one')
def replace_attr(o):
    o.a = Tracked('attr two')
    print('attr replaced')
replace_attr(t)
print('after attr')
del holder, t
print('released')

class Summed(Tracked):
    def __add__(self, other):
        return Summed(self.name + other)

def rebind_by_operation():
    x = Summed('x')
    y = '+'
    x = x + y * 1
    print('rebound', x.name)
    return 0

rebind_by_operation()
print('after rebind')

events = []
def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer

def traced(v, o):
    v[0] += 1
    if v[0] < 5:
        o.a = v[0]
    return o.get()

sys.settrace(tracer)
traced([1], Left())
sys.settrace(None)
print(events)
