import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 2, 3, 4, 7, 9]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]))
print(st.fmean(data), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance(data, st.mean(data)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11), n=4, method='inclusive'), st.quantiles([1.5, 2.5, 9.0]), st.mean(x / 10 for x in range(1, 8)))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]),
            lambda: st.pstdev([]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.quantiles([1], n=4), lambda: st.mean(['a'])]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
