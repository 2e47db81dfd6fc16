# Cells shared between closures, cells for arguments, and closures created in loops and comprehensions.
def make_pair(value):
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair("initial")
set_("updated")
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        def g():
            return i
        fns.append((f, g))
    return [(f(), g()) for f, g in fns]
print(loop_closures())
def comprehension_closures():
    return [(lambda: k)() for k in range(3)], [f() for f in [lambda: k for k in range(3)]]
print(comprehension_closures())
def while_closure():
    fns = []
    n = 0
    while n < 3:
        fns.append(lambda: n)
        n += 1
    return [f() for f in fns]
print(while_closure())
def arg_cell(x):
    def show():
        return x
    x = x * 2
    return show()
print(arg_cell(21))
def cell_and_del():
    v = 1
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return "NameError: " + str(e)
print(cell_and_del())
def class_closure():
    secret = "from function"
    class K:
        def reveal(self):
            return secret
    return K().reveal()
print(class_closure())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    yield bump()
    yield bump()
    yield count
print(list(counter_gen()))
