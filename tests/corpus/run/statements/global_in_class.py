# Class bodies: scoping rules, global/nonlocal in class scope.
x = "global x"
def outer():
    x = "enclosing x"
    class C:
        print("class body sees", x)
        x = "class x"
        print("after assignment", x)
        def method(self):
            return x
    return C
C = outer()
print(C.x, C().method())
counter = 0
class Counter:
    global counter
    counter += 1
    value = counter
print(counter, Counter.value)
def make():
    level = 1
    class Inner:
        nonlocal level
        level += 1
    return level
print(make())
class A:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    first = items[0]
print(A.doubled, A.first)
class B:
    y = 5
    def f(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(B().f())
class Order:
    a = 1
    b = a + 1
    del a
print(hasattr(Order, "a"), Order.b)
class Locals:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Locals.names)
