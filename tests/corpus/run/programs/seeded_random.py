# Seeded random streams (native Mersenne Twister) must match CPython draw for draw
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.getrandbits(70), random.getrandbits(32), random.getrandbits(5))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1), random.choices("abc", weights=[1, 5, 1], k=5))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random("seedstr"); print(r.random(), r.randrange(0, 1000, 7))
r2 = random.Random(2**100); print(r2.random(), random.Random(-5).random(), random.Random(3.5).random())
print(random.Random(0).randbytes(6), random.Random(1).triangular(), random.Random(1).expovariate(2))
inside = 0
random.seed(7)
for _ in range(20000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1: inside += 1
print(4 * inside / 20000)
try:
    random.getrandbits(-1)
except ValueError as e: print(e)
import copy, pickle
r5 = random.Random(9)
r6 = copy.deepcopy(r5)
r7 = pickle.loads(pickle.dumps(r5))
print(r5.random() == r6.random() == r7.random(), copy.copy(r5).random() == r5.random())
st = r5.getstate()
for bad in [(3, st[1][:-1] + (625,), None), (3, st[1][:-1] + (-1,), None), (2, st[1], None), (4, st[1], None)]:
    try:
        r5.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.getrandbits(2**31)
except OverflowError as e:
    print("OverflowError:", e)
r8 = random.Random(1)
r8.setstate((2, tuple(x - 2**32 if x >= 2**31 else x for x in st[1][:-1]) + (st[1][-1],), None))
print(r8.random() == random.Random(9).random() or "version 2 state restored")
