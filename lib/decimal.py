"""Decimal fixed- and floating-point arithmetic (Sharpy's own implementation).

Written from the General Decimal Arithmetic specification and CPython's documented behaviour
(the C ``_decimal`` module's messages, reprs and signal lists). Coefficients are Python ints.
"""

import math as _math
import numbers as _numbers
import re as _re
import sys as _sys
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class for the decimal signals."""


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """Trying to convert badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""


class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division."""


class Inexact(DecimalException):
    """Had to round, losing information."""


class InvalidContext(InvalidOperation):
    """Invalid context."""


class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow."""


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Mixing floats and Decimals (enable the trap for strict semantics)."""


# The order of the flags dict (C _decimal's signal map).
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
_CONDITIONS = [ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]

# The context repr lists signals in libmpdec's status-bit order. InvalidOperation stands for
# several bits (conversion syntax, division impossible/undefined, invalid context, invalid
# operation), so it is listed at the lowest bit among the conditions that raised it; setting it
# by hand sets all of them (bit 1).
_REPR_RANK = {Clamped: 0, DivisionByZero: 2, Inexact: 6, FloatOperation: 10, Overflow: 11,
              Rounded: 12, Subnormal: 13, Underflow: 14}
_INVALID_RANK = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4,
                 InvalidContext: 7, InvalidOperation: 8}
_INVALID_RANK_ALL = 1


_SIGNAL_OF = {c: (InvalidOperation if issubclass(c, InvalidOperation) else c)
              for c in _SIGNALS + _CONDITIONS}


def _signal_of(cond):
    return _SIGNAL_OF[cond]


class _SignalDict(dict):
    """flags/traps mapping: only the nine signals are keys; repr like C's. `_invalid_rank`
    records which InvalidOperation condition set that flag (for the context repr)."""

    _invalid_rank = _INVALID_RANK_ALL

    def _names_in_repr_order(self):
        ranks = dict(_REPR_RANK)
        ranks[InvalidOperation] = self._invalid_rank
        return [s.__name__ for s in sorted((s for s in _SIGNALS if self[s]), key=ranks.__getitem__)]

    def __repr__(self):
        return '{' + ', '.join(f'{k!r}:{v!r}' for k, v in self.items()) + '}'

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError('invalid signal dict')
        dict.__setitem__(self, key, bool(value))
        if key is InvalidOperation:
            self._invalid_rank = _INVALID_RANK_ALL

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def copy(self):
        d = _SignalDict()
        for k, v in self.items():
            dict.__setitem__(d, k, v)
        d._invalid_rank = self._invalid_rank
        return d


def _make_signal_dict(value):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, False)
    if value is None:
        return d
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in _SIGNALS:
                raise KeyError('invalid signal dict')
            dict.__setitem__(d, k, bool(v))
        return d
    for s in value:
        if s not in _SIGNALS:
            raise KeyError(f'{s!r}')
        dict.__setitem__(d, s, True)
    return d


# ---------------------------------------------------------------- integer helpers

_STR_DIGITS_LIMIT = 10 ** 4000


def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < _STR_DIGITS_LIMIT:
        return len(str(c))
    k = int((c.bit_length() - 1) * 0.30102999566398120)
    p = 10 ** k
    while p > c:
        k -= 1
        p //= 10
    while p * 10 <= c:
        k += 1
        p *= 10
    return k + 1


def _round_int(coef, ndrop, rounding, sign):
    """Drop ndrop>0 digits of coef with the rounding mode: (new coefficient, inexact)."""
    if ndrop <= 0:
        return coef * 10 ** (-ndrop), False
    if coef == 0:
        return 0, False
    if ndrop > 4000 and ndrop > _nd(coef) + 1:
        q, cmp = 0, -1
    else:
        p = 10 ** ndrop
        q, r = divmod(coef, p)
        if r == 0:
            return q, False
        r2 = 2 * r
        cmp = (r2 > p) - (r2 < p)
    if rounding == ROUND_HALF_EVEN:
        up = cmp > 0 or (cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = cmp > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return q + (1 if up else 0), True


_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)

_parser = _re.compile(r"""
    \s*
    (?P<sign>[-+])?
    (?:
        (?P<int>\d*)
        (?:\.(?P<frac>\d*))?
        (?:[eE](?P<exp>[-+]?\d+))?
    |
        (?P<inf>[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)
    |
        (?P<signal>[sS])?[nN][aA][nN](?P<diag>\d*)
    )
    \s*
    \Z
""", _re.VERBOSE)


# ---------------------------------------------------------------- Decimal

def _dec(sign, coef, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


_BUILTIN_TYPES_NO_DECIMAL = (float, str, bytes, bytearray, list, tuple, dict, set, frozenset,
                             complex, type(None), range)


def _convert_other(self, other, op, reflected=False, allow_float=False):
    """Coerce an operand to Decimal; NotImplemented (or CPython's TypeError) otherwise."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _dec_from_int(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if isinstance(other, _BUILTIN_TYPES_NO_DECIMAL) and not (op == '*' and isinstance(
            other, (str, bytes, bytearray, list, tuple))):
        a, b = ('decimal.Decimal', type(other).__name__)
        if reflected:
            a, b = b, a
        raise TypeError(f"unsupported operand type(s) for {op}: '{a}' and '{b}'")
    return NotImplemented


def _dec_from_int(v):
    return _dec(1 if v < 0 else 0, abs(v), 0)


def _context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


class Decimal(object):
    """Floating-point decimal number with arbitrary precision."""
    __sharpy_tp_name__ = 'decimal.Decimal'   # CPython's C type name, shown in error messages

    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            if '_' in value:
                value = value.replace('_', '')  # C _decimal drops underscores anywhere
            m = _parser.match(value)
            if m is None:
                return _finish_new(cls, _context(context)._signal_cond(ConversionSyntax))
            if m.group('inf') is not None:
                self._sign = 1 if m.group('sign') == '-' else 0
                self._int, self._exp, self._is_special = 0, 'F', True
                return self
            if m.group('diag') is not None:
                self._sign = 1 if m.group('sign') == '-' else 0
                diag = m.group('diag')
                self._int = int(diag) if diag else 0
                self._exp = 'N' if m.group('signal') else 'n'
                self._is_special = True
                return self
            intpart = m.group('int') or ''
            frac = m.group('frac') or ''
            if not intpart and not frac:
                return _finish_new(cls, _context(context)._signal_cond(ConversionSyntax))
            exp = int(m.group('exp') or 0)
            self._sign = 1 if m.group('sign') == '-' else 0
            self._int = int((intpart + frac).replace('_', '') or '0')
            self._exp = exp - len(frac.replace('_', ''))
            self._is_special = False
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int, self._exp, self._is_special = abs(value), 0, False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, float):
            ctx = _context(context)
            ctx._signal(FloatOperation)
            d = Decimal.from_float(value)
            return _finish_new(cls, d)
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp, self._is_special = sign, 0, 'F', True
                return self
            coef = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coef = coef * 10 + dgt
            if exp in ('n', 'N'):
                self._sign, self._int, self._exp, self._is_special = sign, coef, exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            self._sign, self._int, self._exp, self._is_special = sign, coef, exp, False
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _dec_from_int(f)
        elif isinstance(f, float):
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            if _math.isnan(f):
                d = _dec(sign, 0, 'n', True)
            elif _math.isinf(f):
                d = _dec(sign, 0, 'F', True)
            else:
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _dec(sign, n * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- predicates and accessors
    def _isnan(self):
        if self._is_special:
            return 1 if self._exp == 'n' else 2 if self._exp == 'N' else 0
        return 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._is_special or not self._int:
            return False
        return context_or_default(context).Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self._int:
            return False
        return self.adjusted() < context_or_default(context).Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _nd(self._int) - 1

    def _ndigits(self):
        return _nd(self._int)

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** (-self._exp)
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def number_class(self, context=None):
        ctx = context_or_default(context)
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        s = '-' if self._sign else '+'
        if self.is_infinite():
            return s + 'Infinity'
        if self.is_zero():
            return s + 'Zero'
        if self.is_subnormal(ctx):
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    # -- string conversions
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (context if context is not None else getcontext()).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- conversions to other numbers
    def __bool__(self):
        return self._is_special or self._int != 0

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -float('nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        if self._int == 0:
            return -0.0 if self._sign else 0.0
        return float(str(self))

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** (-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def _to_int_rounded(self, rounding):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_int(self._int, -self._exp, rounding, self._sign)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        return self._to_int_rounded(ROUND_HALF_EVEN)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- hashing and comparisons
    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._int * exp_hash % _PyHASH_MODULUS
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def _cmp(self, other):
        """Three-way compare of two non-NaN Decimals."""
        if self._is_special or other._is_special:
            a = 0 if not self._is_special else (-1 if self._sign else 1)
            b = 0 if not other._is_special else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a and b:
                    return (a > b) - (a < b)
                if a:
                    return a
                return -b
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        adj_s, adj_o = self.adjusted(), other.adjusted()
        if adj_s == adj_o:
            e = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            r = (a > b) - (a < b)
        else:
            r = 1 if adj_s > adj_o else -1
        return -r if self._sign else r

    def _compare_other(self, other, equality):
        """Returns a comparable Decimal, a (num, den) rational pair, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _dec_from_int(other)
        if isinstance(other, float):
            if equality:   # == and != only record the flag, even when FloatOperation is trapped
                dict.__setitem__(getcontext().flags, FloatOperation, True)
            else:
                getcontext()._signal(FloatOperation)
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        return NotImplemented

    def _rich(self, other, op):
        o = self._compare_other(other, op in ('eq', 'ne'))
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if self._is_special:
                if self.is_nan():
                    o = None
                else:
                    r = -1 if self._sign else 1
                    return _cmp_result(r, op)
            if o is not None:
                num, den = self.as_integer_ratio()
                a, b = num * o[1], o[0] * den
                return _cmp_result((a > b) - (a < b), op)
            o = Decimal(0)
        if self.is_nan() or o.is_nan():
            if op in ('eq', 'ne'):
                if self.is_snan() or o.is_snan():
                    getcontext()._signal(InvalidOperation)
                return op == 'ne'
            getcontext()._signal(InvalidOperation)
            return False
        return _cmp_result(self._cmp(o), op)

    def __eq__(self, other):
        return self._rich(other, 'eq')

    def __ne__(self, other):
        return self._rich(other, 'ne')

    def __lt__(self, other):
        return self._rich(other, 'lt')

    def __le__(self, other):
        return self._rich(other, 'le')

    def __gt__(self, other):
        return self._rich(other, 'gt')

    def __ge__(self, other):
        return self._rich(other, 'ge')


def _cmp_result(r, op):
    if op == 'eq':
        return r == 0
    if op == 'ne':
        return r != 0
    if op == 'lt':
        return r < 0
    if op == 'le':
        return r <= 0
    if op == 'gt':
        return r > 0
    return r >= 0


def _finish_new(cls, d):
    if cls is Decimal or type(d) is cls:
        return d
    r = object.__new__(cls)
    r._sign, r._int, r._exp, r._is_special = d._sign, d._int, d._exp, d._is_special
    return r


def context_or_default(context):
    return getcontext() if context is None else context


# ---------------------------------------------------------------- arithmetic core

def _nan_result(ctx, a, b=None):
    """NaN propagation: sNaN signals InvalidOperation; returns the NaN result or None."""
    an = a._isnan()
    bn = b._isnan() if b is not None else 0
    if not (an or bn):
        return None
    if an == 2:
        ctx._signal(InvalidOperation)
        return _fix_nan(_dec(a._sign, a._int, 'n', True), ctx)
    if bn == 2:
        ctx._signal(InvalidOperation)
        return _fix_nan(_dec(b._sign, b._int, 'n', True), ctx)
    if an:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _fix_nan(d, ctx):
    maxlen = ctx.prec - ctx.clamp
    if d._int and _nd(d._int) > maxlen:
        return _dec(d._sign, int(str(d._int)[-maxlen:].lstrip('0') or '0'), d._exp, True)
    return d


def _fix(d, ctx):
    """Round d to the context (precision, exponent limits, clamping), signalling conditions."""
    if d._is_special:
        if d._exp == 'F':
            return d
        return _fix_nan(d, ctx)
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    coef, exp, sign = d._int, d._exp, d._sign
    if not coef:
        exp_max = etop if ctx.clamp else ctx.Emax
        new_exp = min(max(exp, etiny), exp_max)
        if new_exp != exp:
            ctx._signal(Clamped)
            return _dec(sign, 0, new_exp)
        return d
    ndigits = _nd(coef)
    exp_min = ndigits + exp - prec
    if exp_min > etop:
        return _overflow(ctx, sign)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        newcoef, inexact = _round_int(coef, exp_min - exp, ctx.rounding, sign)
        if newcoef and _nd(newcoef) > prec:
            newcoef //= 10
            exp_min += 1
            if exp_min > etop:
                return _overflow(ctx, sign)
        conds = []
        if subnormal:
            if inexact:
                conds.append(Underflow)
            conds.append(Subnormal)
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
        if subnormal and not newcoef:
            conds.append(Clamped)
        ctx._signal(*conds)
        return _dec(sign, newcoef, exp_min)
    if subnormal:
        ctx._signal(Subnormal)
    if ctx.clamp and exp > etop:
        ctx._signal(Clamped)
        return _dec(sign, coef * 10 ** (exp - etop), etop)
    return d


def _overflow(ctx, sign):
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        ans = _dec(sign, 0, 'F', True)
    else:
        ans = _dec(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    ctx._signal(Overflow, Inexact, Rounded)
    return ans


def _invalid(ctx, cond=InvalidOperation):
    ctx._signal_cond(cond)
    return _dec(0, 0, 'n', True)


def _add(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a._is_special or b._is_special:
        if a.is_infinite():
            if b.is_infinite() and a._sign != b._sign:
                return _invalid(ctx)
            return a
        return b
    exp = min(a._exp, b._exp)
    if not a._int and not b._int:
        sign = min(a._sign, b._sign)
        if ctx.rounding == ROUND_FLOOR and a._sign != b._sign:
            sign = 1
        return _fix(_dec(sign, 0, exp), ctx)
    if not a._int:
        e = max(exp, b._exp - ctx.prec - 1)
        return _fix(_rescale_exact(b, e), ctx) if e < b._exp else _fix(b, ctx)
    if not b._int:
        e = max(exp, a._exp - ctx.prec - 1)
        return _fix(_rescale_exact(a, e), ctx) if e < a._exp else _fix(a, ctx)
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    # Keep the integers small when exponents are far apart: the smaller operand only matters
    # as a sticky digit below the precision of the larger one.
    if ae < be:
        ac, ae, bc, be = bc, be, ac, ae
        asg, bsg = b._sign, a._sign
    else:
        asg, bsg = a._sign, b._sign
    # now ae >= be
    floor_exp = ae + min(-1, _nd(ac) - ctx.prec - 2)
    if _nd(bc) + be - 1 < floor_exp:
        bc, be = 1, floor_exp
    ac *= 10 ** (ae - be)
    ae = be
    va = -ac if asg else ac
    vb = -bc if bsg else bc
    s = va + vb
    if s == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(_dec(sign, 0, ae), ctx)
    return _fix(_dec(1 if s < 0 else 0, abs(s), ae), ctx)


def _rescale_exact(d, e):
    return _dec(d._sign, d._int * 10 ** (d._exp - e), e)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a._is_special or b._is_special:
        if (a.is_infinite() and b.is_zero()) or (b.is_infinite() and a.is_zero()):
            return _invalid(ctx)
        return _dec(sign, 0, 'F', True)
    return _fix(_dec(sign, a._int * b._int, a._exp + b._exp), ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a._is_special or b._is_special:
        if a.is_infinite() and b.is_infinite():
            return _invalid(ctx)
        if a.is_infinite():
            return _dec(sign, 0, 'F', True)
        ctx._signal(Clamped)
        return _dec(sign, 0, ctx.Emin - ctx.prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(ctx, DivisionUndefined)
        ctx._signal(DivisionByZero)
        return _dec(sign, 0, 'F', True)
    if not a._int:
        return _fix(_dec(sign, 0, a._exp - b._exp), ctx)
    prec = ctx.prec
    shift = _nd(b._int) - _nd(a._int) + prec + 1
    exp = a._exp - b._exp - shift
    if shift >= 0:
        coef, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        coef, rem = divmod(a._int, b._int * 10 ** (-shift))
    if rem:
        if coef % 5 == 0:
            coef += 1
    else:
        ideal = a._exp - b._exp
        while exp < ideal and coef % 10 == 0:
            coef //= 10
            exp += 1
    return _fix(_dec(sign, coef, exp), ctx)


def _divide_int_parts(a, b, ctx):
    """(quotient, remainder) of finite non-zero-divisor operands, or (None, None) if too big."""
    sign = a._sign ^ b._sign
    ideal_exp = min(a._exp, b._exp)
    if not a._int:
        return _dec(sign, 0, 0), _dec(a._sign, 0, ideal_exp)
    expdiff = a.adjusted() - b.adjusted()
    if expdiff <= -2:
        return _dec(sign, 0, 0), _rescale_exact(a, ideal_exp) if a._exp > ideal_exp else a
    if expdiff <= ctx.prec:
        op1, op2 = a._int, b._int
        if a._exp >= b._exp:
            op1 *= 10 ** (a._exp - b._exp)
        else:
            op2 *= 10 ** (b._exp - a._exp)
        q, r = divmod(op1, op2)
        if q < 10 ** ctx.prec:
            return _dec(sign, q, 0), _dec(a._sign, r, ideal_exp)
    return None, None


def _divmod(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a.is_infinite():
        if b.is_infinite():
            ans = _invalid(ctx)
            return ans, ans
        ctx._signal(InvalidOperation)
        return _dec(sign, 0, 'F', True), _dec(0, 0, 'n', True)
    if not b._int and not b._is_special:
        if not a._int:
            ans = _invalid(ctx, DivisionUndefined)
            return ans, ans
        ctx._signal(InvalidOperation, DivisionByZero)
        return _dec(sign, 0, 'F', True), _dec(0, 0, 'n', True)
    if b.is_infinite():
        return _dec(sign, 0, 0), _fix(a, ctx)
    q, r = _divide_int_parts(a, b, ctx)
    if q is None:
        ans = _invalid(ctx, DivisionImpossible)
        return ans, ans
    return _fix(q, ctx), _fix(r, ctx)


def _floordiv(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a.is_infinite():
        if b.is_infinite():
            return _invalid(ctx)
        return _dec(sign, 0, 'F', True)
    if b.is_infinite():
        return _dec(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(ctx, DivisionUndefined)
        ctx._signal(DivisionByZero)
        return _dec(sign, 0, 'F', True)
    q, _ = _divide_int_parts(a, b, ctx)
    if q is None:
        return _invalid(ctx, DivisionImpossible)
    return _fix(q, ctx)


def _mod(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a.is_infinite():
        return _invalid(ctx)
    if b.is_infinite():
        return _fix(a, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, DivisionUndefined)
        return _invalid(ctx)
    _, r = _divide_int_parts(a, b, ctx)
    if r is None:
        return _invalid(ctx, DivisionImpossible)
    return _fix(r, ctx)


def _remainder_near(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    if a.is_infinite():
        return _invalid(ctx)
    if not b._int and not b._is_special:
        if not a._int:
            return _invalid(ctx, DivisionUndefined)
        return _invalid(ctx)
    if b.is_infinite():
        return _fix(a, ctx)
    ideal_exp = min(a._exp, b._exp)
    if not a._int:
        return _fix(_dec(a._sign, 0, ideal_exp), ctx)
    expdiff = a.adjusted() - b.adjusted()
    if expdiff >= ctx.prec + 1:
        return _invalid(ctx, DivisionImpossible)
    if expdiff <= -2:
        return _fix(_rescale_exact(a, ideal_exp) if a._exp > ideal_exp else a, ctx)
    op1, op2 = a._int, b._int
    if a._exp >= b._exp:
        op1 *= 10 ** (a._exp - b._exp)
    else:
        op2 *= 10 ** (b._exp - a._exp)
    q, r = divmod(op1, op2)
    if 2 * r + (q & 1) > op2:
        r -= op2
        q += 1
    if q >= 10 ** ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _fix(_dec(sign, r, ideal_exp), ctx)


def _rescale(d, exp, rounding):
    """d with exponent exp, rounding the coefficient (no context checks)."""
    if d._is_special:
        return d
    if not d._int:
        return _dec(d._sign, 0, exp)
    if d._exp >= exp:
        return _dec(d._sign, d._int * 10 ** (d._exp - exp), exp)
    coef, _ = _round_int(d._int, exp - d._exp, rounding, d._sign)
    return _dec(d._sign, coef, exp)


def _round_digits(d, places, rounding):
    """d rounded (or zero-padded) to exactly `places` significant digits; zeros unchanged."""
    if d._is_special or not d._int:
        return d
    ans = _rescale(d, d.adjusted() + 1 - places, rounding)
    if ans.adjusted() != d.adjusted():
        ans = _rescale(ans, ans.adjusted() + 1 - places, rounding)
    return ans


# ---------------------------------------------------------------- transcendental helpers
# Fixed-point integers: X represents X / 10**w.

def _exp_fixed(x, w):
    """exp(x/10**w) * 10**w for |x/10**w| <= ~2, error a few units."""
    g = w + 10
    xs = x * 10 ** 10
    one = 10 ** g
    s = 0
    while abs(xs) > one // 64:
        xs //= 2
        s += 1
    term = one
    total = one
    n = 1
    while term:
        term = term * xs // (one * n)
        total += term
        n += 1
    for _ in range(s):
        total = total * total // one
    return total // 10 ** 10


_ln10_cache = [0, 0]


def _ln10_fixed(w):
    if _ln10_cache[0] >= w:
        return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)
    # ln 10 = 3 ln 2 + ln(1.25); ln(1+z) via atanh series on small arguments.
    g = w + 10
    one = 10 ** g

    def atanh_inv(k):  # atanh(1/k) * one
        total = term = one // k
        k2 = k * k
        n = 1
        while term:
            term //= k2
            n += 2
            total += term // n
        return total
    ln2 = 2 * atanh_inv(3)
    ln125 = 2 * atanh_inv(9)
    val = 3 * ln2 + ln125
    _ln10_cache[0], _ln10_cache[1] = g, val
    return val // 10 ** 10


def _ln_fixed_mantissa(m, w):
    """ln(m/10**w) * 10**w for 1 <= m/10**w < 10, by Halley iteration on exp."""
    g = w + 10
    one = 10 ** g
    mg = m * 10 ** 10
    y = int(_math.log(m / 10 ** w) * 10 ** 17) * 10 ** (g - 17) if g >= 17 else \
        int(_math.log(m / 10 ** w) * 10 ** g)
    prec = 14
    while True:
        e = _exp_fixed(y, g)
        y = y + 2 * one * (mg - e) // (mg + e)
        prec *= 3
        if prec >= g:
            break
    return y // 10 ** 10


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w (c > 0)."""
    nd = _nd(c)
    a = e + nd - 1
    m = c * 10 ** (w - nd + 1) if w - nd + 1 >= 0 else c // 10 ** (nd - 1 - w)
    r = _ln_fixed_mantissa(m, w)
    if a:
        r += a * _ln10_fixed(w)
    return r


def _fix_quiet(d, ctx):
    c = ctx.copy()
    c.clear_traps()
    return _fix(d, c)


def _inexact_result(d, ctx):
    """Round d (which is known to be inexact) to ctx and signal Inexact/Rounded."""
    # Append a sticky digit so the rounding sees a value strictly between representables.
    d = _dec(d._sign, d._int * 10 + 1, d._exp - 1)
    return _fix(d, ctx)


def _exp(x, ctx):
    nan = _nan_result(ctx, x)
    if nan is not None:
        return nan
    if x.is_infinite():
        return _dec(0, 0, 0) if x._sign else x
    if not x._int:
        return _dec(0, 1, 0)
    p = ctx.prec
    adj = x.adjusted()
    if adj < -(p + 2):
        if x._sign:
            d = _dec(0, 10 ** (p + 2) - 1, -(p + 2))
        else:
            d = _dec(0, 10 ** (p + 2) + 1, -(p + 2))
        return _fix(d, ctx)
    # Overflow / underflow thresholds: |x| beyond (Emax+2)*ln10 is certainly out of range.
    limit = (max(ctx.Emax, -ctx.Etiny()) + 2) * 2.303
    if adj > 15 or float(x.copy_abs()) > limit:
        if x._sign:
            return _fix(_dec(0, 1, ctx.Etiny() - 2), ctx)
        return _fix(_dec(0, 1, ctx.Emax + 2), ctx)

    def compute(w):
        extra = max(0, adj + 2)
        wk = w + extra + 5
        xv = x._int * 10 ** (wk + x._exp) if wk + x._exp >= 0 else x._int // 10 ** (-(wk + x._exp))
        if x._sign:
            xv = -xv
        ln10 = _ln10_fixed(wk)
        k = (xv + ln10 // 2) // ln10
        r = xv - k * ln10
        val = _exp_fixed(r, wk)
        return val, k, wk
    w = p + 12
    for _ in range(6):
        val, k, wk = compute(w)
        err = 100 * (abs(k) + 2)
        lo = _fix_quiet(_dec(0, val - err, k - wk), ctx)
        hi = _fix_quiet(_dec(0, val + err, k - wk), ctx)
        if lo == hi:
            break
        w += w
    return _inexact_result(_dec(0, val, k - wk), ctx)


def _ln(x, ctx):
    nan = _nan_result(ctx, x)
    if nan is not None:
        return nan
    if not x._is_special and not x._int:
        return _dec(1, 0, 'F', True)
    if x.is_infinite():
        if x._sign:
            return _invalid(ctx)
        return x
    if x._sign:
        return _invalid(ctx)
    if x._exp <= 0 and x._int == 10 ** (-x._exp):
        return _dec(0, 0, 0)
    p = ctx.prec
    # Near 1 the result is tiny: more fractional digits are needed for p significant ones.
    diff = _add(x, _dec(1, 1, 0), _exact_context())
    extra = max(0, -diff.adjusted()) if diff._int else 0

    def compute(w):
        return _ln_fixed(x._int, x._exp, w + extra)
    w = p + 12
    for _ in range(6):
        r = compute(w)
        err = 100 * (abs(x.adjusted()) + 2)
        lo = _fix_quiet(_dec(1 if r < 0 else 0, abs(r) - err, -(w + extra)), ctx)
        hi = _fix_quiet(_dec(1 if r < 0 else 0, abs(r) + err, -(w + extra)), ctx)
        if lo == hi:
            break
        w += w
    return _inexact_result(_dec(1 if r < 0 else 0, abs(r), -(w + extra)), ctx)


def _log10(x, ctx):
    nan = _nan_result(ctx, x)
    if nan is not None:
        return nan
    if not x._is_special and not x._int:
        return _dec(1, 0, 'F', True)
    if x.is_infinite():
        if x._sign:
            return _invalid(ctx)
        return x
    if x._sign:
        return _invalid(ctx)
    s = str(x._int)
    if s[0] == '1' and s[1:].strip('0') == '':
        return _fix(_dec_from_int(x._exp + len(s) - 1), ctx)
    p = ctx.prec
    diff = _add(x, _dec(1, 1, 0), _exact_context())
    extra = max(0, -diff.adjusted()) if diff._int else 0
    w = p + 12
    for _ in range(6):
        wk = w + extra
        r = _ln_fixed(x._int, x._exp, wk + 5) * 10 ** wk // _ln10_fixed(wk + 5)
        err = 100 * (abs(x.adjusted()) + 2)
        lo = _fix_quiet(_dec(1 if r < 0 else 0, abs(r) - err, -wk), ctx)
        hi = _fix_quiet(_dec(1 if r < 0 else 0, abs(r) + err, -wk), ctx)
        if lo == hi:
            break
        w += w
    return _inexact_result(_dec(1 if r < 0 else 0, abs(r), -wk), ctx)


def _isqrt(n):
    """floor(sqrt(n)) by Newton's method (Sharpy's math.isqrt is slow on big ints)."""
    if n < 4503599627370496:
        r = int(_math.sqrt(n))
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _exact_context():
    return Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


def _sqrt(x, ctx):
    nan = _nan_result(ctx, x)
    if nan is not None:
        return nan
    if x.is_infinite():
        if x._sign:
            return _invalid(ctx)
        return x
    ideal = x._exp // 2
    if not x._int:
        return _fix(_dec(x._sign, 0, ideal), ctx)
    if x._sign:
        return _invalid(ctx)
    p = ctx.prec
    c, e = x._int, x._exp
    s = max(0, 2 * p + 2 - _nd(c))
    if (e - s) % 2:
        s += 1
    n = c * 10 ** s
    r = _isqrt(n)
    exp = (e - s) // 2
    c2 = ctx._shallow_copy()
    c2.rounding = ROUND_HALF_EVEN
    if r * r == n:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
        ans = _fix(_dec(0, r, exp), c2)
    else:
        ans = _fix(_dec(0, r * 10 + 1, exp - 1), c2)
    ctx._merge_flags(c2)
    return ans


def _power(x, y, ctx):
    """x**y following libmpdec's algorithm, so results match CPython digit for digit."""
    nan = _nan_result(ctx, x, y)
    if nan is not None:
        return nan
    intexp = not y._is_special and _is_integral(y)
    resultsign = 1 if (intexp and x._sign and int(y) & 1) else 0
    if not x._is_special and not x._int:
        if not y._is_special and not y._int:
            return _invalid(ctx)
        if y._sign:
            return _dec(resultsign, 0, 'F', True)
        return _dec(resultsign, 0, 0)
    if x._sign and (not intexp or y.is_infinite()):
        return _invalid(ctx)
    if y.is_infinite():
        cmp = x._cmp(_dec(0, 1, 0))
        if cmp == 0:
            ctx._signal(Inexact, Rounded)
            return _dec(resultsign, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if y._sign:
            cmp = -cmp
        return _dec(resultsign, 0, 0) if cmp < 0 else _dec(resultsign, 0, 'F', True)
    if x.is_infinite():
        if not y._int:
            return _dec(resultsign, 1, 0)
        if y._sign:
            return _dec(resultsign, 0, 0)
        return _dec(resultsign, 0, 'F', True)
    if not y._int:
        return _dec(resultsign, 1, 0)
    # |x| == 1
    if x._exp <= 0 and x._int == 10 ** (-x._exp):
        if intexp:
            if y._sign:
                return _dec(resultsign, 1, 0)
            shift = int(y) * (-x._exp)
            if shift > ctx.prec - 1:
                shift = ctx.prec - 1
                ctx._signal(Rounded)
        else:
            shift = ctx.prec - 1
            ctx._signal(Inexact, Rounded)
        return _dec(resultsign, 10 ** shift, -shift)
    bounded = _pow_bounds(x, y, resultsign, ctx)
    if bounded is not None:
        return bounded
    if intexp:
        return _pow_int(x, y, resultsign, ctx)
    return _pow_real(x, y, ctx)


def _exp_digits(n):
    return _nd(abs(n))


def _pow_bounds(x, y, resultsign, ctx):
    ax = x.copy_abs()
    lb_theta = y.adjusted()
    t = ax.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        u = _add(ax, _dec(1, 1, 0), _exact_context()).adjusted()
        lb_zeta = u - 2 if t == 0 else u - 1
    if (t < 0) ^ bool(y._sign) == 0:
        if _exp_digits(ctx.Emax) < lb_zeta + lb_theta:
            return _overflow(ctx, resultsign)
    else:
        if _exp_digits(ctx.Etiny()) < lb_zeta + lb_theta:
            return _fix(_dec(resultsign, 1, ctx.Etiny() - 1), ctx)
    return None


def _work_context(ctx, prec):
    w = Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=ctx.Emin, Emax=ctx.Emax, clamp=0,
                traps=[])
    return w


def _pow_int(x, y, resultsign, ctx):
    w = _work_context(ctx, ctx.prec + _nd(y._int) + y._exp + 2)
    n = abs(int(y))
    if y._sign:
        w.prec += 1
        base = _div(_dec(0, 1, 0), x, w)
    else:
        base = x
    result = base
    bit = 1 << (n.bit_length() - 1)
    while True:
        bit >>= 1
        if not bit:
            break
        result = _mul(result, result, w)
        if n & bit:
            result = _mul(result, base, w)
        if result._is_special or (not result._int and w.flags[Clamped]):
            break
    conds = [s for s in _SIGNALS if w.flags[s]]
    if conds:
        ctx._signal(*conds)
    result = _dec(resultsign, result._int, result._exp, result._is_special)
    if result.is_infinite():
        return _overflow(ctx, resultsign)
    return _fix(result, ctx)


def _max_work_context(prec):
    return Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])


def _pow_real(x, y, ctx):
    w = _max_work_context(max(_nd(x._int), ctx.prec) + 4 + 19)
    r = _ln(x, w)
    r = _mul(r, y, w)
    w2 = _max_work_context(w.prec)
    r = _exp(r, w2)
    conds = [s for s in _SIGNALS if w.flags[s] and s in (InvalidOperation, DivisionByZero)]
    conds += [s for s in _SIGNALS if w2.flags[s]]
    conds += [Inexact, Rounded]
    ctx._signal(*conds)
    if not r._is_special and r._cmp(_dec(0, 1, 0)) == 0:
        r = _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    if r.is_infinite():
        return _overflow(ctx, 0)
    return _fix(r, ctx)


# ---------------------------------------------------------------- Decimal operations

def _binop(name, op, func, reflected=False, allow_float=False):
    def method(self, other, context=None):
        o = _convert_other(self, other, op, reflected, allow_float)
        if o is NotImplemented:
            return o
        ctx = _context(context)
        a, b = (o, self) if reflected else (self, o)
        return func(a, b, ctx)
    method.__name__ = name
    method.__qualname__ = 'Decimal.' + name
    return method


def _sub(a, b, ctx):
    nan = _nan_result(ctx, a, b)
    if nan is not None:
        return nan
    return _add(a, b.copy_negate(), ctx)


for _name, _op, _func in (('add', '+', _add), ('sub', '-', _sub), ('mul', '*', _mul),
                          ('truediv', '/', _div), ('floordiv', '//', _floordiv),
                          ('mod', '%', _mod), ('divmod', 'divmod()', _divmod)):
    setattr(Decimal, f'__{_name}__', _binop(f'__{_name}__', _op, _func))
    setattr(Decimal, f'__r{_name}__', _binop(f'__r{_name}__', _op, _func, reflected=True))
del _name, _op, _func


def _pow_method(self, other, modulo=None, context=None):
    o = _convert_other(self, other, '** or pow()')
    if o is NotImplemented:
        return o
    ctx = _context(context)
    if modulo is not None:
        return _power_modulo(self, o, modulo, ctx)
    return _power(self, o, ctx)


def _rpow_method(self, other, modulo=None, context=None):
    o = _convert_other(self, other, '** or pow()', reflected=True)
    if o is NotImplemented:
        return o
    return _power(o, self, _context(context))


def _power_modulo(x, y, modulo, ctx):
    m = _convert_other(x, modulo, 'pow()')
    if m is NotImplemented:
        return NotImplemented
    nan = _nan_result(ctx, x, y) or _nan_result(ctx, m)
    if nan is not None:
        return nan
    if not (x._is_integral() and y._is_integral() and m._is_integral()) or y._sign or \
            not m._int or x.is_infinite() or y.is_infinite() or m.is_infinite() or \
            (not x._int and not y._int) or _nd(m._int) + max(m._exp, 0) > ctx.prec:
        return _invalid(ctx)
    mi = abs(int(m))
    r = pow(int(x), int(y), mi)
    sign = 1 if int(x) < 0 and int(y) % 2 else 0
    return _dec(sign, abs(r) if not sign else (mi - r) % mi if False else abs(r), 0)


Decimal.__pow__ = _pow_method
Decimal.__rpow__ = _rpow_method


def _is_integral(self):
    if self._is_special:
        return False
    if self._exp >= 0:
        return True
    return self._int % 10 ** (-self._exp) == 0


Decimal._is_integral = _is_integral


def _neg(self, context=None):
    ctx = _context(context)
    nan = _nan_result(ctx, self)
    if nan is not None:
        return nan
    if not self and ctx.rounding != ROUND_FLOOR:
        ans = self.copy_abs()
    else:
        ans = self.copy_negate()
    return _fix(ans, ctx)


def _pos(self, context=None):
    ctx = _context(context)
    nan = _nan_result(ctx, self)
    if nan is not None:
        return nan
    if not self and ctx.rounding != ROUND_FLOOR:
        ans = self.copy_abs()
    else:
        ans = self
    return _fix(ans, ctx)


def _abs(self, round=True, context=None):
    if not round:
        return self.copy_abs()
    if self._sign:
        return _neg(self, context)
    return _pos(self, context)


Decimal.__neg__ = _neg
Decimal.__pos__ = _pos
Decimal.__abs__ = _abs


def _d_copy_abs(self):
    return _dec(0, self._int, self._exp, self._is_special)


def _d_copy_negate(self):
    return _dec(1 - self._sign, self._int, self._exp, self._is_special)


def _d_copy_sign(self, other, context=None):
    other = _to_dec_strict(other)
    return _dec(other._sign, self._int, self._exp, self._is_special)


Decimal.copy_abs = _d_copy_abs
Decimal.copy_negate = _d_copy_negate
Decimal.copy_sign = _d_copy_sign


def _to_dec_strict(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _dec_from_int(v)
    raise TypeError(f'conversion from {type(v).__name__} to Decimal is not supported')


def _quantize(self, exp, rounding=None, context=None):
    exp = _to_dec_strict(exp)
    ctx = _context(context)
    if rounding is None:
        rounding = ctx.rounding
    nan = _nan_result(ctx, self, exp)
    if nan is not None:
        return nan
    if self._is_special or exp._is_special:
        if self.is_infinite() and exp.is_infinite():
            return self
        return _invalid(ctx)
    if not (ctx.Etiny() <= exp._exp <= ctx.Emax):
        return _invalid(ctx)
    if not self._int:
        return _fix(_dec(self._sign, 0, exp._exp), ctx)
    adj = self.adjusted()
    if adj > ctx.Emax or adj - exp._exp + 1 > ctx.prec:
        return _invalid(ctx)
    ans = _rescale(self, exp._exp, rounding)
    if ans.adjusted() > ctx.Emax or _nd(ans._int) > ctx.prec:
        return _invalid(ctx)
    conds = []
    if ans._int and ans.adjusted() < ctx.Emin:
        conds.append(Subnormal)
    if ans._exp > self._exp:
        if ans._cmp(self) != 0:
            conds.append(Inexact)
        conds.append(Rounded)
    if conds:
        ctx._signal(*conds)
    return _fix(ans, ctx)


Decimal.quantize = _quantize


def _same_quantum(self, other, context=None):
    other = _to_dec_strict(other)
    if self._is_special or other._is_special:
        return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
    return self._exp == other._exp


Decimal.same_quantum = _same_quantum


def _to_integral_value(self, rounding=None, context=None):
    ctx = _context(context)
    if rounding is None:
        rounding = ctx.rounding
    if self._is_special:
        nan = _nan_result(ctx, self)
        return nan if nan is not None else self
    if self._exp >= 0:
        return self
    return _rescale(self, 0, rounding)


def _to_integral_exact(self, rounding=None, context=None):
    ctx = _context(context)
    if rounding is None:
        rounding = ctx.rounding
    if self._is_special:
        nan = _nan_result(ctx, self)
        return nan if nan is not None else self
    if self._exp >= 0:
        return self
    if not self._int:
        return _dec(self._sign, 0, 0)
    ans = _rescale(self, 0, rounding)
    if ans._cmp(self) != 0:
        ctx._signal(Inexact, Rounded)
    else:
        ctx._signal(Rounded)
    return ans


Decimal.to_integral_value = _to_integral_value
Decimal.to_integral = _to_integral_value
Decimal.to_integral_exact = _to_integral_exact


def _normalize(self, context=None):
    ctx = _context(context)
    if self._is_special:
        nan = _nan_result(ctx, self)
        if nan is not None:
            return nan
    dup = _fix(self, ctx)
    if dup._is_special:
        return dup
    if not dup._int:
        return _dec(dup._sign, 0, 0)
    exp_max = ctx.Etop() if ctx.clamp else ctx.Emax
    coef, exp = dup._int, dup._exp
    while coef % 10 == 0 and exp < exp_max:
        coef //= 10
        exp += 1
    return _dec(dup._sign, coef, exp)


Decimal.normalize = _normalize


def _unary(func):
    def method(self, context=None):
        return func(self, _context(context))
    method.__name__ = func.__name__.lstrip('_')
    return method


def _half_even(func):
    """exp/ln/log10 are correctly rounded with ROUND_HALF_EVEN whatever the context says."""
    def run(x, ctx):
        c2 = ctx._shallow_copy()
        object.__setattr__(c2, 'rounding', ROUND_HALF_EVEN)
        return func(x, c2)
    run.__name__ = func.__name__
    return run


_exp_he = _half_even(_exp)
_ln_he = _half_even(_ln)
_log10_he = _half_even(_log10)

Decimal.sqrt = _unary(_sqrt)
Decimal.exp = _unary(_exp_he)
Decimal.ln = _unary(_ln_he)
Decimal.log10 = _unary(_log10_he)


def _logb(self, context=None):
    ctx = _context(context)
    nan = _nan_result(ctx, self)
    if nan is not None:
        return nan
    if self.is_infinite():
        return _dec(0, 0, 'F', True)
    if not self._int:
        ctx._signal(DivisionByZero)
        return _dec(1, 0, 'F', True)
    return _fix(_dec_from_int(self.adjusted()), ctx)


Decimal.logb = _logb


def _scaleb(self, other, context=None):
    other = _to_dec_strict(other)
    ctx = _context(context)
    nan = _nan_result(ctx, self, other)
    if nan is not None:
        return nan
    if other._exp != 0 or other._is_special:
        return _invalid(ctx)
    liminf = -2 * (ctx.Emax + ctx.prec)
    limsup = 2 * (ctx.Emax + ctx.prec)
    n = int(other)
    if not (liminf <= n <= limsup):
        return _invalid(ctx)
    if self.is_infinite():
        return self
    return _fix(_dec(self._sign, self._int, self._exp + n), ctx)


Decimal.scaleb = _scaleb


def _compare(self, other, context=None):
    other = _to_dec_strict(other)
    ctx = _context(context)
    nan = _nan_result(ctx, self, other)
    if nan is not None:
        return nan
    return _dec_from_int(self._cmp(other))


def _compare_signal(self, other, context=None):
    other = _to_dec_strict(other)
    ctx = _context(context)
    if self.is_nan() or other.is_nan():
        ctx._signal(InvalidOperation)
        return _nan_result(ctx, self, other)
    return _compare(self, other, ctx)


def _total_key(d):
    # (class rank, value-ish) ordering used by compare_total.
    if d.is_snan():
        return (3, d._int, 0)
    if d.is_qnan():
        return (4, d._int, 0)
    if d.is_infinite():
        return (2, 0, 0)
    return None


def _compare_total(self, other, context=None):
    other = _to_dec_strict(other)
    if self._sign != other._sign:
        return _dec_from_int(-1 if self._sign else 1)
    sign = self._sign
    ka, kb = _total_key(self), _total_key(other)
    if ka is None and kb is None:
        r = self._cmp(other)
        if r == 0:
            r = (self._exp > other._exp) - (self._exp < other._exp)
            if sign:
                r = -r
    else:
        ka = ka or (1, 0, 0)
        kb = kb or (1, 0, 0)
        r = (ka > kb) - (ka < kb)
        if sign:
            r = -r
    return _dec_from_int(r)


def _compare_total_mag(self, other, context=None):
    other = _to_dec_strict(other)
    return _compare_total(self.copy_abs(), other.copy_abs())


Decimal.compare = _compare
Decimal.compare_signal = _compare_signal
Decimal.compare_total = _compare_total
Decimal.compare_total_mag = _compare_total_mag


def _minmax(self, other, ctx, want_max, mag):
    other = _to_dec_strict(other)
    if self.is_nan() or other.is_nan():
        sn, on = self._isnan(), other._isnan()
        if sn == 2 or on == 2 or (sn and on):
            return _nan_result(ctx, self, other)
        return _fix(other if sn else self, ctx)
    a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
    c = a._cmp(b)
    if c == 0:
        if mag:
            c = self._cmp(other)
        if c == 0:
            c = _compare_total(self, other)._cmp(_dec(0, 0, 0)) if self._sign == other._sign else \
                (-1 if self._sign else 1)
    if not want_max:
        c = -c
    return _fix(self if c >= 0 else other, ctx)


Decimal.max = lambda self, other, context=None: _minmax(self, other, _context(context), True, False)
Decimal.min = lambda self, other, context=None: _minmax(self, other, _context(context), False, False)
Decimal.max_mag = lambda self, other, context=None: _minmax(self, other, _context(context), True, True)
Decimal.min_mag = lambda self, other, context=None: _minmax(self, other, _context(context), False, True)


def _fma(self, other, third, context=None):
    other = _to_dec_strict(other)
    third = _to_dec_strict(third)
    ctx = _context(context)
    if self._is_special or other._is_special:
        nan = _nan_result(ctx, self, other)
        if nan is not None:
            return nan
        product = _mul(self, other, ctx)
        if product.is_nan():
            return product
    else:
        product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
    return _add(product, third, ctx)


Decimal.fma = _fma


def _remainder_near_method(self, other, context=None):
    other = _to_dec_strict(other)
    return _remainder_near(self, other, _context(context))


Decimal.remainder_near = _remainder_near_method


def _next_plus(self, context=None):
    ctx = _context(context)
    nan = _nan_result(ctx, self)
    if nan is not None:
        return nan
    if self.is_infinite():
        if self._sign:
            return _dec(1, 10 ** ctx.prec - 1, ctx.Etop())
        return self
    c2 = ctx.copy()
    c2.rounding = ROUND_CEILING
    c2.clear_traps()
    ans = _fix(self, c2)
    if ans._cmp(self) != 0:
        return ans
    return _fix(_add(self, _dec(0, 1, ctx.Etiny() - 1), c2), c2)


def _next_minus(self, context=None):
    ctx = _context(context)
    nan = _nan_result(ctx, self)
    if nan is not None:
        return nan
    if self.is_infinite():
        if not self._sign:
            return _dec(0, 10 ** ctx.prec - 1, ctx.Etop())
        return self
    c2 = ctx.copy()
    c2.rounding = ROUND_FLOOR
    c2.clear_traps()
    ans = _fix(self, c2)
    if ans._cmp(self) != 0:
        return ans
    return _fix(_add(self, _dec(1, 1, ctx.Etiny() - 1), c2), c2)


def _next_toward(self, other, context=None):
    other = _to_dec_strict(other)
    ctx = _context(context)
    nan = _nan_result(ctx, self, other)
    if nan is not None:
        return nan
    c = self._cmp(other)
    if c == 0:
        return self.copy_sign(other)
    ans = _next_plus(self, ctx) if c < 0 else _next_minus(self, ctx)
    if ans.is_infinite():
        ctx._signal(Overflow, Inexact, Rounded)
    elif ans._int and ans.adjusted() < ctx.Emin:
        conds = [Underflow, Subnormal, Inexact, Rounded]
        if not ans._int:
            conds.append(Clamped)
        ctx._signal(*conds)
    return ans


Decimal.next_plus = _next_plus
Decimal.next_minus = _next_minus
Decimal.next_toward = _next_toward


def _is_logical(d):
    return (not d._is_special and d._sign == 0 and d._exp == 0 and
            set(str(d._int)) <= {'0', '1'})


def _logical(self, other, context, op):
    ctx = _context(context)
    other = _to_dec_strict(other)
    if not _is_logical(self) or not _is_logical(other):
        return _invalid(ctx)
    prec = ctx.prec
    a = str(self._int).rjust(prec, '0')[-prec:]
    b = str(other._int).rjust(prec, '0')[-prec:]
    digits = ''.join(str(op(int(x), int(y))) for x, y in zip(a, b))
    return _dec(0, int(digits), 0)


Decimal.logical_and = lambda self, other, context=None: _logical(self, other, context, lambda x, y: x & y)
Decimal.logical_or = lambda self, other, context=None: _logical(self, other, context, lambda x, y: x | y)
Decimal.logical_xor = lambda self, other, context=None: _logical(self, other, context, lambda x, y: x ^ y)


def _logical_invert(self, context=None):
    ctx = _context(context)
    return _logical(self, _dec(0, int('1' * ctx.prec), 0), ctx, lambda x, y: x ^ y)


Decimal.logical_invert = _logical_invert


def _shift_digits(self, other, context, rotate):
    ctx = _context(context)
    other = _to_dec_strict(other)
    nan = _nan_result(ctx, self, other)
    if nan is not None:
        return nan
    if other._exp != 0 or other._is_special or not -ctx.prec <= int(other) <= ctx.prec:
        return _invalid(ctx)
    if self.is_infinite():
        return self
    n = int(other)
    prec = ctx.prec
    digits = str(self._int).rjust(prec, '0')[-prec:]
    if rotate:
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n >= 0:
        digits = (digits + '0' * n)[-prec:] if n else digits
    else:
        digits = ('0' * -n + digits)[:prec]
    return _dec(self._sign, int(digits), self._exp)


Decimal.rotate = lambda self, other, context=None: _shift_digits(self, other, context, True)
Decimal.shift = lambda self, other, context=None: _shift_digits(self, other, context, False)


def _d_format(self, specifier, context=None, _localeconv=None):
    ctx = getcontext() if context is None else context
    spec = _parse_format_specifier(specifier)
    if self._is_special:
        sign = _format_sign(self._sign, spec)
        body = str(self.copy_abs())
        if spec['type'] == '%':
            body += '%'
        return _format_align(sign, body, spec)
    if spec['type'] is None:
        spec['type'] = ['g', 'G'][ctx.capitals]
    d = self
    if spec['type'] == '%':
        d = _dec(d._sign, d._int, d._exp + 2)
    rounding = ctx.rounding
    precision = spec['precision']
    t = spec['type']
    if precision is not None:
        if t in 'eE':
            d = _round_digits(d, precision + 1, rounding)
        elif t in 'fF%':
            d = _rescale(d, -precision, rounding)
        elif t in 'gG' and _nd(d._int) > precision:
            d = _round_digits(d, precision, rounding)
    if not d._int and d._exp > 0 and t in 'fF%':
        d = _rescale(d, 0, rounding)
    if not d._int and spec['no_neg_0'] and d._sign:
        adjusted_sign = 0
    elif spec['no_neg_0'] and d._sign and t in 'fF%eEgG' and False:
        adjusted_sign = 0
    else:
        adjusted_sign = d._sign
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if t in 'eE':
        dotplace = 1 - precision if (not d._int and precision is not None) else 1
    elif t in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    return _format_number(adjusted_sign, intpart, fracpart, exp, spec)


Decimal.__format__ = _d_format

_format_re = _re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<zeropad>0)?
(?P<minimumwidth>(?!0)\d+)?
(?P<thousands_sep>,)?
(?:\.(?P<precision>0|(?!0)\d+))?
(?P<type>[eEfFgGn%])?
\Z""", _re.VERBOSE | _re.DOTALL)


def _parse_format_specifier(spec):
    m = _format_re.match(spec)
    if m is None:
        raise ValueError('invalid format string')
    d = m.groupdict()
    fill, align = d['fill'], d['align']
    d['zeropad'] = d['zeropad'] is not None
    if d['zeropad'] and (fill is not None or align is not None):
        # _decimal rejects the '0' flag combined with an explicit fill or alignment.
        raise ValueError('invalid format string')
    d['fill'] = fill or ' '
    d['align'] = align or '>'
    d['sign'] = d['sign'] or '-'
    d['minimumwidth'] = int(d['minimumwidth'] or '0')
    if d['precision'] is not None:
        d['precision'] = int(d['precision'])
    if d['precision'] == 0 and d['type'] in ('g', 'G', None):
        d['precision'] = 1
    if d['type'] == 'n':
        d['type'] = 'g'
        if d['thousands_sep'] is not None:
            raise ValueError('invalid format string')
        d['thousands_sep'] = ''
        d['grouping'] = []
    else:
        d['grouping'] = [3, 0] if d['thousands_sep'] else []
        d['thousands_sep'] = d['thousands_sep'] or ''
    d['decimal_point'] = '.'
    d['alt'] = False
    d['no_neg_0'] = d['no_neg_0'] is not None
    return d


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _insert_thousands_sep(digits, spec, min_width=1):
    sep = spec['thousands_sep']
    grouping = spec['grouping']
    groups = []
    if grouping:
        while True:
            l = min(max(len(digits), min_width, 1), 3)
            groups.append('0' * (l - len(digits)) + digits[-l:])
            digits = digits[:-l]
            min_width -= l
            if not digits and min_width <= 0:
                break
            min_width -= len(sep)
    else:
        l = max(len(digits), min_width, 1)
        groups.append('0' * (l - len(digits)) + digits[-l:])
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = spec['decimal_point'] + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += '{0}{1:+}'.format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _insert_thousands_sep(intpart, spec, min_width)
    return _format_align(sign, intpart + fracpart, spec)


# ---------------------------------------------------------------- Context

class Context(object):
    """Arithmetic context: precision, rounding, exponent limits, flags and traps."""
    __sharpy_tp_name__ = 'decimal.Context'   # CPython's C type name, shown in error messages

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = _default_context_template
        self.prec = prec if prec is not None else dc['prec']
        self.rounding = rounding if rounding is not None else dc['rounding']
        self.Emin = Emin if Emin is not None else dc['Emin']
        self.Emax = Emax if Emax is not None else dc['Emax']
        self.capitals = capitals if capitals is not None else dc['capitals']
        self.clamp = clamp if clamp is not None else dc['clamp']
        object.__setattr__(self, 'flags', _make_signal_dict(flags))
        object.__setattr__(self, 'traps', _make_signal_dict(
            traps if traps is not None else [s for s, v in dc['traps'].items() if v]))

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            value = _make_signal_dict(value)
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError(f'{name} cannot be deleted')

    def __repr__(self):
        flags = self.flags._names_in_repr_order()
        traps = self.traps._names_in_repr_order()
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))

    def _shallow_copy(self):
        c = object.__new__(Context)
        for k in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp'):
            object.__setattr__(c, k, getattr(self, k))
        object.__setattr__(c, 'flags', self.flags)
        object.__setattr__(c, 'traps', self.traps)
        return c

    def copy(self):
        c = self._shallow_copy()
        object.__setattr__(c, 'flags', self.flags.copy())
        object.__setattr__(c, 'traps', self.traps.copy())
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    # -- signalling
    def _signal(self, *conds):
        traps = self.traps
        flags = self.flags
        trapped = None
        for cond in conds:
            sig = _SIGNAL_OF[cond]
            if sig is InvalidOperation:
                rank = _INVALID_RANK.get(cond, _INVALID_RANK_ALL)
                flags._invalid_rank = rank if not flags[sig] else min(rank, flags._invalid_rank)
            dict.__setitem__(flags, sig, True)
            if traps[sig]:
                if trapped is None:
                    trapped = []
                trapped.append(cond)
        if trapped:
            order = _CONDITIONS + _SIGNALS
            trapped.sort(key=lambda c: -1 if c is InvalidOperation else order.index(c))
            first = min((_signal_of(c) for c in trapped), key=_SIGNALS.index)
            raise first(trapped)

    def _signal_cond(self, cond):
        self._signal(cond)
        return _dec(0, 0, 'n', True)

    def _merge_flags(self, other):
        pass

    def _raise_error(self, condition, explanation=None, *args):
        self._signal(condition)
        return _dec(0, 0, 'n', True)

    # -- constructors
    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._signal_cond(ConversionSyntax)
        d = Decimal(num, context=self)
        if d.is_nan() and d._int and _nd(d._int) > self.prec - self.clamp:
            return self._signal_cond(ConversionSyntax)
        return _fix(d, self)

    def create_decimal_from_float(self, f):
        return _fix(Decimal.from_float(f), self)

    # -- arithmetic wrappers
    def abs(self, a):
        return _abs(_to_dec_strict(a), context=self)

    def add(self, a, b):
        return _add(_to_dec_strict(a), _to_dec_strict(b), self)

    def subtract(self, a, b):
        return _sub(_to_dec_strict(a), _to_dec_strict(b), self)

    def multiply(self, a, b):
        return _mul(_to_dec_strict(a), _to_dec_strict(b), self)

    def divide(self, a, b):
        return _div(_to_dec_strict(a), _to_dec_strict(b), self)

    def divide_int(self, a, b):
        return _floordiv(_to_dec_strict(a), _to_dec_strict(b), self)

    def remainder(self, a, b):
        return _mod(_to_dec_strict(a), _to_dec_strict(b), self)

    def remainder_near(self, a, b):
        return _remainder_near(_to_dec_strict(a), _to_dec_strict(b), self)

    def divmod(self, a, b):
        return _divmod(_to_dec_strict(a), _to_dec_strict(b), self)

    def power(self, a, b, modulo=None):
        a, b = _to_dec_strict(a), _to_dec_strict(b)
        if modulo is not None:
            return _power_modulo(a, b, modulo, self)
        return _power(a, b, self)

    def plus(self, a):
        return _pos(_to_dec_strict(a), context=self)

    def minus(self, a):
        return _neg(_to_dec_strict(a), context=self)

    def sqrt(self, a):
        return _sqrt(_to_dec_strict(a), self)

    def exp(self, a):
        return _exp_he(_to_dec_strict(a), self)

    def ln(self, a):
        return _ln_he(_to_dec_strict(a), self)

    def log10(self, a):
        return _log10_he(_to_dec_strict(a), self)

    def logb(self, a):
        return _logb(_to_dec_strict(a), self)

    def scaleb(self, a, b):
        return _scaleb(_to_dec_strict(a), b, self)

    def fma(self, a, b, c):
        return _fma(_to_dec_strict(a), b, c, self)

    def quantize(self, a, b):
        return _quantize(_to_dec_strict(a), b, context=self)

    def normalize(self, a):
        return _normalize(_to_dec_strict(a), self)

    def compare(self, a, b):
        return _compare(_to_dec_strict(a), b, self)

    def compare_signal(self, a, b):
        return _compare_signal(_to_dec_strict(a), b, self)

    def compare_total(self, a, b):
        return _compare_total(_to_dec_strict(a), b)

    def compare_total_mag(self, a, b):
        return _compare_total_mag(_to_dec_strict(a), b)

    def max(self, a, b):
        return _minmax(_to_dec_strict(a), b, self, True, False)

    def min(self, a, b):
        return _minmax(_to_dec_strict(a), b, self, False, False)

    def max_mag(self, a, b):
        return _minmax(_to_dec_strict(a), b, self, True, True)

    def min_mag(self, a, b):
        return _minmax(_to_dec_strict(a), b, self, False, True)

    def logical_and(self, a, b):
        return _to_dec_strict(a).logical_and(b, self)

    def logical_or(self, a, b):
        return _to_dec_strict(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return _to_dec_strict(a).logical_xor(b, self)

    def logical_invert(self, a):
        return _to_dec_strict(a).logical_invert(self)

    def rotate(self, a, b):
        return _to_dec_strict(a).rotate(b, self)

    def shift(self, a, b):
        return _to_dec_strict(a).shift(b, self)

    def next_plus(self, a):
        return _next_plus(_to_dec_strict(a), self)

    def next_minus(self, a):
        return _next_minus(_to_dec_strict(a), self)

    def next_toward(self, a, b):
        return _next_toward(_to_dec_strict(a), b, self)

    def to_integral_value(self, a):
        return _to_integral_value(_to_dec_strict(a), context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _to_integral_exact(_to_dec_strict(a), context=self)

    def to_sci_string(self, a):
        return _to_dec_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _to_dec_strict(a).__str__(eng=True, context=self)

    def number_class(self, a):
        return _to_dec_strict(a).number_class(self)

    def same_quantum(self, a, b):
        return _same_quantum(_to_dec_strict(a), b)

    def copy_abs(self, a):
        return _to_dec_strict(a).copy_abs()

    def copy_negate(self, a):
        return _to_dec_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _to_dec_strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return _to_dec_strict(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _to_dec_strict(a).is_finite()

    def is_infinite(self, a):
        return _to_dec_strict(a).is_infinite()

    def is_nan(self, a):
        return _to_dec_strict(a).is_nan()

    def is_qnan(self, a):
        return _to_dec_strict(a).is_qnan()

    def is_snan(self, a):
        return _to_dec_strict(a).is_snan()

    def is_signed(self, a):
        return _to_dec_strict(a).is_signed()

    def is_zero(self, a):
        return _to_dec_strict(a).is_zero()

    def is_normal(self, a):
        return _to_dec_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _to_dec_strict(a).is_subnormal(self)


_default_context_template = {
    'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999, 'capitals': 1,
    'clamp': 0, 'traps': {InvalidOperation: True, DivisionByZero: True, Overflow: True},
}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

try:
    import contextvars as _contextvars
    _current_context_var = _contextvars.ContextVar('decimal_context')
except ImportError:  # pragma: no cover - contextvars is part of Sharpy's lib
    _current_context_var = None
_current_context = None


def getcontext():
    """The current context (per contextvars context, like CPython's _decimal)."""
    global _current_context
    if _current_context_var is not None:
        ctx = _current_context_var.get(None)
        if ctx is None:
            ctx = DefaultContext.copy()
            ctx.clear_flags()
            _current_context_var.set(ctx)
        return ctx
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    global _current_context
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if _current_context_var is not None:
        _current_context_var.set(context)
    else:
        _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that installs a copy of ctx (or the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx, key, value)
    return _ContextManager(ctx)


_numbers.Number.register(Decimal)


# CPython runs this module as C code (Modules/_decimal): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
