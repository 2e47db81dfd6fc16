# Three-level exception chain mixing implicit context and explicit cause.
def level3():
    raise KeyError("k3")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("v2") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("r1")
level1()
