x = "global"
def f():
    print(x)
    def g():
        return x
    return g()
print(f())
def h():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    y = 1
h()
def k():
    global x
    x = "changed"
k(); print(x)
class C:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self): return __class__.__name__
print(C().m(), C.b)
print([locals().get("q", "none") for q in range(1)])
z = 10
print(eval("z + 1"), eval("w * 2", {"w": 4}))
exec("u = 5\nprint(u)")
ns = {}
exec("def fn(): return 42", ns)
print(ns["fn"]())
