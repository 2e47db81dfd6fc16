# Short-circuit evaluation and the values returned by and/or/not in many contexts.
calls = []
def v(x, label):
    calls.append(label)
    return x
def run(expr_fn):
    calls.clear()
    result = expr_fn()
    return result, list(calls)
print(run(lambda: v(0, "a") and v(1, "b")))
print(run(lambda: v(1, "a") and v(0, "b") and v(1, "c")))
print(run(lambda: v(0, "a") or v("", "b") or v([], "c")))
print(run(lambda: v(0, "a") or v(2, "b") or v(3, "c")))
print(run(lambda: not v([], "a") and v("x", "b")))
print(run(lambda: v(1, "a") if v(0, "cond") else v(2, "b")))
print(run(lambda: [v(i, f"item{i}") for i in range(3)] and v("after list", "z")))
print(run(lambda: v(None, "a") is None or v(1, "never")))
print(run(lambda: any(v(i, f"any{i}") for i in [0, 0, 5, 0])))
print(run(lambda: all(v(i, f"all{i}") for i in [1, 1, 0, 1])))
print(run(lambda: v(1, "a") < v(2, "b") > v(3, "c") < v(4, "d")))
x = None
print(x and x.attr, x or "default", (x or {}).get("k", "fallback"))
items = []
print(items and items[0], items or ["empty"], len(items) > 0 and items[0] == 1)
if v(0, "if-a") or v(0, "if-b"):
    print("not reached")
elif v(1, "elif") and v(1, "elif2"):
    print("elif branch taken")
while v(0, "while-cond"):
    pass
print(calls[-4:])
