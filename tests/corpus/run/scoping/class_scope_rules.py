# Class scope is not visible from methods or nested functions; name lookups in class bodies.
y = "global y"
class A:
    y = "class y"
    def method(self):
        return y
    lam = lambda self: y
    gen_result = list(y for _ in range(1))
    listcomp_first_iter = [c for c in y]
print(A().method(), A().lam(), A.gen_result, "".join(A.listcomp_first_iter))
def f():
    z = "function z"
    class B:
        z = "class z"
        def m(self):
            return z
        seen = z
    return B().m(), B.seen
print(f())
def g():
    w = "enclosing w"
    class C:
        try:
            print("class body reads", w)
        except NameError as e:
            print("NameError (enclosing is skipped when the class assigns w):", e)
        w = "class w"
        print("after local assignment", w)
    return C.w
print(g())
class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
c1.bump(); c1.bump(); c2.bump()
print(c1.count, c2.count, Counter.count)
class Outer:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)
print(Outer.Inner.y)
class WithDunder:
    __private = "mangled"
    def get(self):
        return self.__private
print(WithDunder().get(), hasattr(WithDunder, "__private"), hasattr(WithDunder, "_WithDunder__private"))
