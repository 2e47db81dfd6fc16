# global and nonlocal declarations and UnboundLocalError.
g = 1
def read_global():
    return g
def write_global():
    global g
    g += 1
    return g
print(read_global(), write_global(), write_global(), g)
def make_new_global():
    global created_later
    created_later = "hello"
make_new_global()
print(created_later)
def bad():
    print(g)
    g = 5
try:
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def nested():
    a = 1
    def lvl1():
        nonlocal a
        a += 10
        def lvl2():
            nonlocal a
            a *= 2
        lvl2()
    lvl1()
    return a
print(nested())
def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
def free_deleted():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
free_deleted()
x = "module"
class K:
    x = "class"
    def method(self):
        return x
    y = x
print(K().method(), K.y)
def uses_global_in_loop():
    global counter
    counter = 0
    for _ in range(5):
        counter += 1
uses_global_in_loop()
print(counter)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
