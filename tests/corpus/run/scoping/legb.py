# LEGB name resolution: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def reads_builtin():
    return len
print(reads_builtin() is len)
len_backup = len
def shadow_global_builtin():
    return len("abc")
len = lambda s: "module-level len"
print(shadow_global_builtin())
del len
print(shadow_global_builtin(), len is len_backup)
def conditional_local(flag):
    if flag:
        x = "assigned"
    return x
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def enclosing_conditional(flag):
    if flag:
        y = "set"
    def inner():
        return y
    return inner
print(enclosing_conditional(True)())
try:
    enclosing_conditional(False)()
except NameError as e:
    print(type(e).__name__ + ":", e)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(except_var_cleared())
if True:
    block_var = "blocks do not create scopes"
print(block_var)
