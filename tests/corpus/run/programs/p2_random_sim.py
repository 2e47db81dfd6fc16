"""Seeded random simulations: dice, shuffles, sampling, Monte Carlo, random walks, distributions."""
import random
import statistics
from collections import Counter

rng = random.Random(12345)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {hist[total]:>4} {'*' * (hist[total] // 10)}")
print("mean %.4f median %s mode %s" % (statistics.mean(rolls), statistics.median(rolls), statistics.mode(rolls)))

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for h in hands:
    print(" ".join(h))
print(rng.sample(range(100), 7), rng.choice("abcdef"), rng.choices("xyz", weights=[1, 5, 10], k=10))
print([round(rng.random(), 6) for _ in range(3)], round(rng.uniform(10, 20), 6), rng.randrange(0, 100, 5))
print(round(rng.gauss(0, 1), 6), round(rng.normalvariate(5, 2), 6), round(rng.expovariate(1.5), 6))
print(round(rng.triangular(0, 10, 3), 6), round(rng.betavariate(2, 3), 6), rng.getrandbits(40))
print(round(rng.lognormvariate(0, 0.5), 6), round(rng.vonmisesvariate(1, 2), 6), round(rng.paretovariate(3), 6))
print(round(rng.weibullvariate(1, 1.5), 6), round(rng.gammavariate(2, 2), 6))

random.seed(42)
print(random.random(), random.randint(1, 1000), random.choice([10, 20, 30]))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed("text seed")
print(random.randint(0, 10 ** 12))
random.seed(b"bytes")
print(random.random())
random.seed(2 ** 100 + 7)
print(random.randbytes(6).hex(), random.getrandbits(100))

inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

pos, visits = 0, Counter()
for _ in range(1000):
    pos += rng.choice((-1, 1))
    visits[pos] += 1
print("walk end", pos, "most visited", visits.most_common(3))


def birthday(n, trials):
    hits = 0
    for _ in range(trials):
        days = [rng.randrange(365) for _ in range(n)]
        hits += len(set(days)) < n
    return hits / trials


print("birthday 23:", birthday(23, 500))
data = [rng.gauss(100, 15) for _ in range(500)]
print(round(statistics.mean(data), 3), round(statistics.stdev(data), 3), round(statistics.pvariance(data), 3))
print([round(q, 3) for q in statistics.quantiles(data, n=4)], round(statistics.harmonic_mean([1, 2, 4]), 6))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbc"))
print(round(statistics.fmean([1.5, 2.5, 10]), 6), round(statistics.geometric_mean([1, 10, 100]), 6))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, round(nd.pdf(100), 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
items = list(range(10))
random.seed(7)
random.shuffle(items)
print(items, random.sample(items, k=3), sorted(random.sample(range(10**6), 4)))
print(random.Random(99).choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
