# Native consumers of generators (tuple, sum, join, sorted, dict, ...): values, errors and PEP 479 as in CPython
def squares(n):
    for i in range(n):
        yield i * i

def words():
    yield "b"
    yield "a"
    return "ignored return value"

print(tuple(squares(5)), list(squares(3)), sum(squares(10)), sorted(words()), "".join(words()))
print(set(squares(4)), dict((w, len(w)) for w in words()), min(squares(6)), max(words()), any(x > 10 for x in squares(5)))
print(all(x >= 0 for x in squares(5)), list(zip(words(), squares(9))), list(enumerate(words(), 1)), frozenset(words()))

def failing():
    yield 1
    raise ValueError("broken in the middle")

for consume in (tuple, list, sum, sorted, set):
    try:
        consume(failing())
    except ValueError as e:
        print(consume.__name__, "->", e)

def leaks_stop():
    yield 1
    raise StopIteration("leaked")

try:
    tuple(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def reentrant():
    yield list(gen)

gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)

g = squares(3)
print(list(g), list(g), tuple(g))
chained = (x + 1 for x in (y * 2 for y in squares(4)))
print(",".join(str(v) for v in chained))
