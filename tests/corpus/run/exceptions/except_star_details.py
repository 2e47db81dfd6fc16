# except* details: each handler runs once, nested groups are split, unmatched parts re-raised.
def raise_group():
    raise ExceptionGroup("batch", [
        ValueError("v1"),
        ExceptionGroup("nested", [TypeError("t1"), ValueError("v2")]),
        KeyError("k1"),
    ])
try:
    raise_group()
except* ValueError as g:
    print("ValueError handler:", repr(g))
except* TypeError as g:
    print("TypeError handler:", repr(g))
except* KeyError as g:
    print("KeyError handler:", repr(g))
try:
    try:
        raise_group()
    except* (ValueError, TypeError) as g:
        print("tuple handler:", repr(g))
except* KeyError as rest:
    print("outer got the rest:", repr(rest))
try:
    raise_group()
except* Exception as g:
    print("catch-all sees", len(g.exceptions), "top-level items")
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        print("handler runs, then raises a new error")
        raise RuntimeError("from handler")
except ExceptionGroup as eg:
    print("wrapped:", repr(eg))
except RuntimeError as e:
    print("bare:", repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), KeyError("b")])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as eg:
    print("combined:", repr(eg))
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "<s>", "exec")
    print("compiled")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
for src in ["try:\n    pass\nexcept*:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ValueError("plain")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
