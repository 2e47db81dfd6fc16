import sys

events = []
def tracer(frame, event, arg):
    code = frame.f_code
    if not code.co_filename.endswith("settrace_events.py"):
        return None
    if event == 'exception':
        arg = arg[0].__name__
    elif event == 'return':
        arg = repr(arg)[:20]
    events.append((event, code.co_name, frame.f_lineno, arg))
    return tracer

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def nested(n):
    def inner(k):
        return [k * j for j in range(k) if j % 2]
    return sum(inner(i) and 1 or 0 for i in range(n))

def coro():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def risky(v):
    try:
        if v > 1:
            raise KeyError(v)
        return v
    except KeyError:
        return -1
    finally:
        v = 0

def main():
    with Resource() as r:
        a = nested(3)
    c = coro()
    next(c)
    c.send(5)
    try:
        c.send(None)
    except StopIteration as e:
        b = e.value
    d = [risky(i) for i in range(3)]
    m = {k: v for k, v in zip('ab', (1, 2))}
    if a and \
       b:
        pass
    return a, b, d, m

sys.settrace(tracer)
result = main()
sys.settrace(None)
for e in events:
    print(*e)
print(result)
