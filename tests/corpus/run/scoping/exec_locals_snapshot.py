# locals() in a function is one dict per frame, refreshed from the fast locals on each call (CPython 3.11):
# names exec() stores there stay, deleted variables leave, f_locals is the same dict.
def f():
    x = 1
    exec("y = x + 1")
    print(sorted(locals()))
    l = locals()
    exec("z = 5", globals(), l)
    print(l['z'], sorted(l))
    print(eval("x*10"))
    del x
    print(sorted(locals()), l is locals())
    def inner():
        return l
    q = 3
    print(sorted(locals()))
f()
import sys
def g():
    a = 1
    fr = sys._getframe()
    d = fr.f_locals
    b = 2
    print(sorted(d), sorted(fr.f_locals), d is fr.f_locals)
g()
def h():
    exec("w = 1")
    try:
        print(w)
    except NameError as e:
        print("NameError", e)
    print(locals()['w'])
h()
