# Line events of loops, comprehensions, lambdas, class bodies, try/finally and pass, as CPython 3.11 reports them.
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer

def f():
    for n in (0, 1, 3):
        print('n', n)
        a = [i for i in range(n)]
    g = lambda x: x + 1
    g(1)
    class C:
        x = 1
        def m(self): pass
    C().m()
    while True:
        n += 1
        if n > 5:
            break
        continue
    k = 0
    while k < 3:
        k += 1
    try:
        pass
    finally:
        pass
    return n

sys.settrace(tracer)
f()
sys.settrace(None)
print(sys.gettrace())
