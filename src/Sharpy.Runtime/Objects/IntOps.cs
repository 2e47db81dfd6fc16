using System.Numerics;

namespace Sharpy.Runtime.Objects;

/// <summary>Integer arithmetic with a long fast path and BigInteger on overflow.</summary>
public static class IntOps
{
    /// <summary>sys.get_int_max_str_digits() (CPython 3.11 default 4300; 0 = no limit).</summary>
    public static int MaxStrDigits = 4300;

    /// <summary>Decimal text of a big int, with CPython 3.11's int-to-str digit limit.</summary>
    public static string BigToDecimal(BigInteger v)
    {
        // 4300 decimal digits need at least ~14,280 bits: smaller numbers cannot exceed the limit.
        if (MaxStrDigits > 0 && v.GetBitLength() > (long)(MaxStrDigits * 3.3219280948873623) - 8)
        {
            var text = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (text.Length - (v.Sign < 0 ? 1 : 0) > MaxStrDigits)
                throw new PythonException(PyExc.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
            return text;
        }
        return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>x * y when it fits a long (the high half of the 128-bit product is the low half's sign).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool TryMultiply(long x, long y, out long product)
    {
        long high = Math.BigMul(x, y, out product);
        return high == (product >> 63);
    }

    /// <summary>a op b for ints; null when the operator does not apply (e.g. @).</summary>
    public static PyObject? Binary(PyInt a, PyInt b, int op)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value;
            switch (op)
            {
                case 0: { long r = x + y; if (((x ^ r) & (y ^ r)) < 0) return PyInt.From((BigInteger)x + y); return PyInt.From(r); }
                case 10: { long r = x - y; if (((x ^ y) & (x ^ r)) < 0) return PyInt.From((BigInteger)x - y); return PyInt.From(r); }
                case 5:
                {
                    // No checked() here: a .NET exception costs tens of microseconds under native AOT, and
                    // products leaving the long range are common (decimal's 10 ** 50 coefficients).
                    if (!TryMultiply(x, y, out long r)) return PyInt.From((BigInteger)x * y);
                    return PyInt.From(r);
                }
                case 2:
                    if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("integer division or modulo by zero"));
                    if (x == long.MinValue && y == -1) return PyInt.From(-(BigInteger)x);
                    { long q = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) q--; return PyInt.From(q); }
                case 6:
                    if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("integer modulo by zero"));
                    if (y == -1) return PyInt.From(0);
                    { long m = x % y; if (m != 0 && ((m < 0) != (y < 0))) m += y; return PyInt.From(m); }
                case 1: return PyInt.From(x & y);
                case 7: return PyInt.From(x | y);
                case 12: return PyInt.From(x ^ y);
                case 3:
                    if (y < 0) throw new PythonException(PyExc.ValueError("negative shift count"));
                    if (y < 62 && x >= -(1L << (62 - (int)y)) && x < (1L << (62 - (int)y))) return PyInt.From(x << (int)y);
                    return ShiftLeftBig(x, y);
                case 9:
                    if (y < 0) throw new PythonException(PyExc.ValueError("negative shift count"));
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case 11: return new PyFloat(TrueDivide(a, b));
                case 8: return Power(a, b);
            }
            return null;
        }
        BigInteger bx = a.AsBig, by = b.AsBig;
        switch (op)
        {
            case 0: return PyInt.From(bx + by);
            case 10: return PyInt.From(bx - by);
            case 5: return PyInt.From(bx * by);
            case 2: return PyInt.From(FloorDiv(bx, by));
            case 6: return PyInt.From(Mod(bx, by));
            case 1: return PyInt.From(bx & by);
            case 7: return PyInt.From(bx | by);
            case 12: return PyInt.From(bx ^ by);
            case 3:
                if (by.Sign < 0) throw new PythonException(PyExc.ValueError("negative shift count"));
                if (by > 1_000_000_000) throw new PythonException(PyExc.OverflowError("too many digits in integer"));
                return PyInt.From(bx << (int)by);
            case 9:
                if (by.Sign < 0) throw new PythonException(PyExc.ValueError("negative shift count"));
                if (by > int.MaxValue) return PyInt.From(bx.Sign < 0 ? -1 : 0);
                return PyInt.From(bx >> (int)by);
            case 11: return new PyFloat(TrueDivide(a, b));
            case 8: return Power(a, b);
        }
        return null;
    }

    private static PyObject ShiftLeftBig(long x, long y)
    {
        if (x == 0) return PyInt.From(0);
        if (y > 1_000_000_000) throw new PythonException(PyExc.OverflowError("too many digits in integer"));
        return PyInt.From((BigInteger)x << (int)y);
    }

    /// <summary>divmod(a, b) for ints: one division for both results (floor semantics, CPython's messages).</summary>
    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Value, y = b.Value;
            if (y == 0) throw new PythonException(PyExc.ZeroDivisionError("integer division or modulo by zero"));
            if (x == long.MinValue && y == -1) return PyTuple.Of(PyInt.From(-(BigInteger)x), PyInt.From(0));
            long q = x / y, m = x - q * y;
            if (m != 0 && (m < 0) != (y < 0)) { q--; m += y; }
            return PyTuple.Of(PyInt.From(q), PyInt.From(m));
        }
        BigInteger bx = a.AsBig, by = b.AsBig;
        if (by.IsZero) throw new PythonException(PyExc.ZeroDivisionError("integer division or modulo by zero"));
        var bq = BigInteger.DivRem(bx, by, out var br);
        if (!br.IsZero && (br.Sign < 0) != (by.Sign < 0)) { bq -= 1; br += by; }
        return PyTuple.Of(PyInt.From(bq), PyInt.From(br));
    }

    public static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        if (y.IsZero) throw new PythonException(PyExc.ZeroDivisionError("integer division or modulo by zero"));
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    public static BigInteger Mod(BigInteger x, BigInteger y)
    {
        if (y.IsZero) throw new PythonException(PyExc.ZeroDivisionError("integer modulo by zero"));
        var r = BigInteger.Remainder(x, y);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) r += y;
        return r;
    }

    // CPython 3.11: Objects/longobject.c long_true_divide (correctly rounded).
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw new PythonException(PyExc.ZeroDivisionError("division by zero"));
        if (!a.IsBig && !b.IsBig && (ulong)(a.Value + (1L << 53)) < (1UL << 54) && (ulong)(b.Value + (1L << 53)) < (1UL << 54))
            return (double)a.Value / b.Value;
        BigInteger x = a.AsBig, y = b.AsBig;
        bool neg = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x); y = BigInteger.Abs(y);
        // Scale so the quotient has 55+ significant bits, then round half-even through double conversion.
        long shift = (long)(x.GetBitLength() - y.GetBitLength()) - 55;
        BigInteger q, r;
        if (shift >= 0) q = BigInteger.DivRem(x, y << (int)shift, out r);
        else q = BigInteger.DivRem(x << (int)-shift, y, out r);
        if (!r.IsZero) q |= 1; // sticky bit
        double d = (double)(ulong)q; // q < 2**57; ulong→double rounds half-even, BigInteger→double truncates
        if (shift > 2000) throw new PythonException(PyExc.OverflowError("integer division result too large for a float"));
        d = Math.ScaleB(d, (int)shift);
        if (double.IsInfinity(d)) throw new PythonException(PyExc.OverflowError("integer division result too large for a float"));
        return neg ? -d : d;
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            double bd = (double)b.AsBig, ad = Ops.ToDouble(a);
            if (ad == 0) throw new PythonException(PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power"));
            return new PyFloat(Math.Pow(ad, bd));
        }
        if (b.IsBig)
        {
            if (!a.IsBig && (a.Value == 0 || a.Value == 1)) return a;
            if (!a.IsBig && a.Value == -1) return PyInt.From(b.AsBig.IsEven ? 1 : -1);
            throw new PythonException(new PyBaseException(PyExc.MemoryError));
        }
        long e = b.Value;
        if (!a.IsBig)
        {
            long x = a.Value, result = 1;
            long ee = e;
            bool overflow = false;
            long bas = x;
            while (ee > 0)
            {
                if ((ee & 1) != 0)
                {
                    if (!TryMultiply(result, bas, out result)) { overflow = true; break; }
                }
                ee >>= 1;
                if (ee > 0)
                {
                    if (!TryMultiply(bas, bas, out bas)) { overflow = true; break; }
                }
            }
            if (!overflow) return PyInt.From(result);
        }
        if (e > int.MaxValue) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        return PyInt.From(BigInteger.Pow(a.AsBig, (int)e));
    }

    public static PyObject PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.IsZero) throw new PythonException(PyExc.ValueError("pow() 3rd argument cannot be 0"));
        BigInteger mod = m.AsBig, bas = a.AsBig, exp = b.AsBig;
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, BigInteger.Abs(mod));
            exp = -exp;
        }
        var r = BigInteger.ModPow(Mod(bas, BigInteger.Abs(mod)), exp, BigInteger.Abs(mod));
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return PyInt.From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = Mod(a, m);
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) throw new PythonException(PyExc.ValueError("base is not invertible for the given modulus"));
        return Mod(x, m);
    }
}
