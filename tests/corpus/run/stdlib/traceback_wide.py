import traceback, sys
def t(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()
def a():
    d = {"ключ": 1}; return d["キー"] + d["ключ"]
def b():
    s = "😀😀"; return s + 1
def c():
    名前 = None; return 名前.属性
def e():
    x = ["漢字", 1]; return x[0] * x[1] / 0
def f():
    return ("日本" +
            3)
for fn in (a, b, c, e, f):
    t(fn)
f()
