# StopIteration inside a generator becomes RuntimeError (PEP 479), uncaught.
def gen():
    it = iter([])
    yield next(it)
list(gen())
