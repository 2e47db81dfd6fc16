# statistics with Decimal data: results stay Decimal; stdev is a correctly rounded Decimal sqrt.
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F
def show(label, fn, *a):
    try:
        r = fn(*a)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(r).__name__, repr(r))
data = [D('1.5'), D('2.5'), D('2.5'), D('2.75'), D('3.25'), D('4.75')]
for f in [st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev, st.mode, st.harmonic_mean, st.fmean, st.geometric_mean]:
    show(f.__name__, f, data)
show('mean2', st.mean, [D('1.5'), D('2.5')])
show('mean int', st.mean, [D('1'), 2, 3])
show('mean mix float', st.mean, [D('1'), 2.0])
show('mean mix frac', st.mean, [D('1'), F(1, 3)])
show('variance xbar', st.variance, data, D('2.875'))
show('pvariance mu', st.pvariance, data, D('2.875'))
show('stdev 3', st.stdev, [D(1), D(2), D(4)])
show('pstdev 3', st.pstdev, [D(1), D(2), D(4), D(7)])
show('stdev same', st.stdev, [D('2.5'), D('2.5')])
show('hm1', st.harmonic_mean, [D('2.5')])
show('hm', st.harmonic_mean, [D('2.5'), D('4')])
show('mean 1/3', st.mean, [D(1), D(0), D(0)])
show('median even', st.median, [D('1.1'), D('2.2')])
show('quantiles', st.quantiles, [D(i) for i in range(1, 11)])
show('stdev nan', st.stdev, [1.0, float('nan')])
show('stdev inf', st.pstdev, [1.0, float('inf')])
show('mean nan dec', st.mean, [D('NaN'), D(1)])
show('variance frac', st.variance, [F(1, 3), F(2, 3), F(1)])
show('stdev frac', st.stdev, [F(1, 3), F(2, 3), F(1)])
