"""Basic statistics module (Sharpy's own implementation).

Averages and spread computed exactly with Fractions and converted once at the end (as CPython
does), so float results match CPython's bit for bit: mean, fmean, geometric_mean,
harmonic_mean, median (+ _low/_high/_grouped), mode, multimode, quantiles, variance,
pvariance, stdev, pstdev, with int, Fraction, float and Decimal data (Decimal results stay
Decimal, stdev of Decimals is a correctly rounded Decimal square root, as in CPython 3.11).
Not covered: NormalDist, correlation, covariance, linear_regression.
"""

import math
import sys
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from itertools import groupby

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']

_SQRT_BIT_WIDTH = 2 * sys.float_info.mant_dig + 3


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The type of the result of mixing types T and S (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _result_type(types):
    result = int
    for typ in types:
        result = _coerce(result, typ)
    return result


def _exact_sum(data):
    """(type, exact total, count) of the data; the total is a Fraction (or inf/nan)."""
    count = 0
    types = []
    partials = {}
    for typ, values in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    return _result_type(types), total, count


def _convert(value, T):
    """The exact value (a Fraction, or inf/nan) as type T; ints that are not whole become floats."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        # Decimal(Fraction) is not allowed: divide in the Decimal context instead.
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _sum_of_squares(data, c=None):
    """(type, sum of squared deviations, mean, count), computed exactly."""
    if c is not None:
        T, ssd, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    types = []
    sx = {}
    sxx = {}
    for typ, values in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        total_sq = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * total_sq - total * total) / count
        c = total / count
    return _result_type(types), ssd, c, count


def _isqrt_frac_round_to_odd(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _isqrt_frac_round_to_odd(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_round_to_odd(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _decimal_sqrt_of_frac(n, m):
    """Square root of n/m as a correctly rounded Decimal.

    Decimal's sqrt of the rounded quotient can be one ulp off; compare the squares of the
    midpoints to the neighbours exactly, in integers, and step if needed.
    """
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np_, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np_ + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt_of(value, T=float):
    # CPython 3.11 reads .numerator unconditionally, so an inf/nan variance raises
    # AttributeError there too.
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    if len(weights) != len(values):
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(values, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _exact_sum(w for w in weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    try:
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError(f'expected number but got {obj!r}')
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    first = data.index(x)
    last = first
    while last < n and data[last] == x:
        last += 1
    cf = first
    f = last - first
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n, T)
