# An exception thrown into a generator with throw() that the generator does not handle.
def worker():
    total = 0
    while True:
        value = yield total
        total += value
w = worker()
next(w)
print(w.send(5))
w.throw(RuntimeError("cancelled by caller"))
