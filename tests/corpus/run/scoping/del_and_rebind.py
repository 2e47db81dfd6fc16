# Deleting and rebinding names in every scope kind.
x = 1
del x
try:
    x
except NameError as e:
    print("module:", e)
x = 2
print("rebound", x)
def func():
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        print("function:", e)
    y = 3
    return y
print(func())
class K:
    attr = 1
    del attr
    try:
        attr
    except NameError as e:
        print("class body:", e)
print(hasattr(K, "attr"))
def closure():
    z = 1
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return "after nonlocal del: " + str(e)
print(closure())
def loop_del():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    try:
        tmp
    except UnboundLocalError as e:
        out.append(str(e))
    return out
print(loop_del())
def except_name():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return "e" in locals()
print(except_name())
def with_name():
    class CM:
        def __enter__(self):
            return "cm value"
        def __exit__(self, *a):
            return False
    with CM() as v:
        pass
    return v
print(with_name())
