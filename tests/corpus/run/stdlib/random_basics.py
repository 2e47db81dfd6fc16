import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
items = list(range(10))
random.shuffle(items)
print(items, random.choice('abcdef'), random.choice(items))
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 3))
print(random.choices('abc', k=5), random.choices('abc', weights=[10, 1, 1], k=5), random.choices(range(3), cum_weights=[1, 2, 3], k=3))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1))
print(random.normalvariate(5, 2), random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(3))
print(random.weibullvariate(1, 2), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(2.5, 1), random.vonmisesvariate(1, 4))
print(random.randbytes(5), random.sample(range(5), k=3, counts=None), random.sample(['x', 'y'], counts=[3, 1], k=4))

for seed in [0, 1, -1, 2**40 + 7, 10**30]:
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10**20))

rng = random.Random(42)
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)], rng.randint(1, 6), type(rng).__name__, len(state[1]), state[0])
a, b = random.Random(7), random.Random(7)
print([a.random() for _ in range(700)] == [b.random() for _ in range(700)], a.random())

for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 1),
            lambda: random.randrange(0, 10, 0), lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1),
            lambda: random.choices('ab', weights=[1], k=1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(2024)
print([d.roll() for _ in range(12)])
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.Random(99).shuffle(deck)
print(deck[:8])
for seed in ['hello', b'bytes', bytearray(b'ba'), 3.75, '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
