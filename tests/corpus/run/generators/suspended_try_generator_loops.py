# While a generator is suspended inside try/finally (or an object with __del__ is alive), every
# dropped reference is checked for objects to finalize. That check walks containers only a bounded
# number of items: walking a whole list of ints at each `append` call made these loops quadratic.
def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print('numbers closed')


class Resource:
    def __del__(self):
        print('resource finalized')


gen = numbers()
next(gen)
keep = Resource()
values = []
for _ in range(150000):
    values.append(next(gen))
squares = {}
for v in values:
    squares[v % 1000] = [v * v]
print(len(values), values[-1], sum(values) % 1000003, len(squares), squares[999])
gen.close()
del keep
print('done')
