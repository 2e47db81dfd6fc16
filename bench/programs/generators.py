# Generator pipelines: chained generators, yield from, generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chain(*its):
    for it in its:
        yield from it


total = 0
for _ in range(5):
    total += sum(squares(evens(numbers(200000))))
    total += sum(x for x in chain(numbers(50000), numbers(50000)) if x & 1)
print(total)
