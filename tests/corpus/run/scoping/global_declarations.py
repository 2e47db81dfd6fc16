# global declarations in nested functions, loops, and exec namespaces.
total = 0
def add_all(items):
    global total
    for item in items:
        total += item
    return total
print(add_all([1, 2, 3]), total)
def outer():
    x = "outer local"
    def inner():
        global x
        x = "module x set by inner"
        return x
    return inner(), x
print(outer(), x)
def declare_only():
    global never_assigned
    return "never_assigned" in globals()
print(declare_only())
def delete_global():
    global total
    del total
delete_global()
print("total" in globals())
def loop_global():
    for i in range(3):
        global loop_counter
        loop_counter = i
loop_global()
print(loop_counter)
ns = {"value": 1}
exec("def bump():\n    global value\n    value += 10\nbump()\nbump()\n", ns)
print(ns["value"], "value" in globals())
code = "global shared\nshared = 'from exec'\n"
exec(code)
print(shared)
g = {}
exec("x = 5\ndef get():\n    return x\n", g)
print(g["get"](), x)
def uses_eval():
    local_value = 7
    return eval("local_value * 6"), eval("x", {"x": "explicit globals"})
print(uses_eval())
