# statistics: covariance, correlation, linear_regression and NormalDist.
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = [1, 2, 3, 4, 5]
y = [2, 4.5, 5.5, 8, 11]
show(lambda: st.covariance(x, y))
show(lambda: st.correlation(x, y))
show(lambda: st.linear_regression(x, y))
show(lambda: st.linear_regression(x, y, proportional=True))
show(lambda: st.linear_regression([1, 1], [1, 2]))
show(lambda: st.correlation([1, 1], [2, 3]))
show(lambda: st.covariance([1], [2]))
show(lambda: st.covariance([1, 2], [2]))
n = st.NormalDist(100, 15)
show(lambda: n)
show(lambda: (n.mean, n.median, n.mode, n.stdev, n.variance))
show(lambda: n.cdf(130))
show(lambda: n.pdf(100))
show(lambda: [n.inv_cdf(p) for p in (0.001, 0.3, 0.5, 0.95, 1e-20, 1 - 1e-12)])
show(lambda: n.quantiles())
show(lambda: n.quantiles(10))
show(lambda: n.zscore(130))
show(lambda: n.overlap(st.NormalDist(110, 10)))
show(lambda: n.overlap(st.NormalDist(120, 15)))
show(lambda: (n + 5, n - 5, n * 2, n / 4, 10 - n, -n, +n))
show(lambda: n + st.NormalDist(0, 20))
show(lambda: n == st.NormalDist(100.0, 15))
show(lambda: st.NormalDist.from_samples([1, 2, 3, 4]))
show(lambda: st.NormalDist(3, 2).samples(4, seed=5))
show(lambda: st.NormalDist(0, -1))
show(lambda: st.NormalDist(0, 0).cdf(1))
show(lambda: st.NormalDist(0, 0).pdf(1))
show(lambda: st.NormalDist().inv_cdf(1))
show(lambda: n.overlap(5))
