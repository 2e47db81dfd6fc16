# nonlocal binding rules and their compile-time errors (via compile()).
def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 100
            return a
        return inner()
    result = middle()
    return result, a
print(outer())
def shared_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = shared_counter()
print(inc(), inc(), dec(), inc())
bad_sources = {
    "no binding": "def f():\n    nonlocal q\n",
    "module level": "nonlocal z\n",
    "param and nonlocal": "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "global and nonlocal": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "used before nonlocal": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "global at module is fine": "global anything\n",
}
for label, src in bad_sources.items():
    try:
        compile(src, "<src>", "exec")
        print(label, "-> compiled")
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg, "(line %d)" % e.lineno)
def class_in_function():
    v = "function v"
    class K:
        nonlocal v
        v = "changed from class body"
    return v
print(class_in_function())
