using System.Numerics;

namespace Sharpy.Runtime.Modules.MathSupport;

/// <summary>Exact integer algorithms behind math.isqrt/factorial/comb/perm and log of huge ints.</summary>
internal static class MathInteger
{
    /// <summary>floor(sqrt(n)) for n &gt;= 0, exact for any size.</summary>
    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign == 0) return n;
        if (n < (BigInteger.One << 52))
        {
            // Exact in doubles: the correctly rounded sqrt of an integer below 2**52 floors correctly
            // after at most one adjustment.
            long v = (long)n, r = (long)System.Math.Sqrt(v);
            while (r * r > v) r--;
            while ((r + 1) * (r + 1) <= v) r++;
            return r;
        }
        // Newton's iteration from above: x_{k+1} = (x_k + n / x_k) / 2 decreases monotonically to
        // floor(sqrt(n)) when started at any x_0 >= floor(sqrt(n)). Start from a double estimate of the
        // top bits so only a few big-number iterations are needed.
        long bits = (long)n.GetBitLength();
        int shift = (int)((bits - 52) & ~1L); // even, so the estimate scales by 2**(shift/2)
        double top = (double)(n >> shift);
        BigInteger x = (new BigInteger(System.Math.Sqrt(top)) + 2) << (shift / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Product lo * (lo+1) * ... * hi (1 when empty), by balanced splitting so big multiplications stay even.</summary>
    public static BigInteger RangeProduct(BigInteger lo, BigInteger hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger p = lo;
            for (BigInteger i = lo + 1; i <= hi; i++) p *= i;
            return p;
        }
        BigInteger mid = (lo + hi) >> 1;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    public static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger p = lo;
            for (long i = lo + 1; i <= hi; i++) p *= i;
            return p;
        }
        long mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    public static BigInteger Factorial(long n) => n < 2 ? BigInteger.One : RangeProduct(2, n);

    /// <summary>n! / (n-k)! with 0 &lt;= k &lt;= n.</summary>
    public static BigInteger Perm(BigInteger n, BigInteger k) => k.IsZero ? BigInteger.One : RangeProduct(n - k + 1, n);

    /// <summary>n! / (k! (n-k)!) with 0 &lt;= k &lt;= n.</summary>
    public static BigInteger Comb(BigInteger n, BigInteger k)
    {
        if (k > n - k) k = n - k;
        if (k.IsZero) return BigInteger.One;
        return RangeProduct(n - k + 1, n) / RangeProduct(BigInteger.One, k);
    }

    /// <summary>
    /// The double nearest to <paramref name="a"/> (ties to even), infinity when it overflows. .NET's
    /// (double)BigInteger truncates, which makes float(10**25) 9.999999999999999e+24.
    /// CPython 3.11: Objects/longobject.c PyLong_AsDouble.
    /// </summary>
    public static double ToDouble(BigInteger a)
    {
        if (a >= long.MinValue && a <= long.MaxValue) return (long)a;
        bool neg = a.Sign < 0;
        var mag = BigInteger.Abs(a);
        long bits = (long)mag.GetBitLength();
        if (bits > 1100) return neg ? double.NegativeInfinity : double.PositiveInfinity;
        int drop = (int)(bits - 55);
        BigInteger top = mag >> drop;
        if (!(mag & ((BigInteger.One << drop) - 1)).IsZero) top |= 1; // sticky bit: one correct rounding
        double d = System.Math.ScaleB((double)(long)top, drop);
        return neg ? -d : d;
    }

    /// <summary>
    /// a = m * 2**e with 0.5 &lt;= m &lt; 1, m correctly rounded to 53 bits (a &gt; 0). Used for log of ints
    /// too large for a double. CPython 3.11: Objects/longobject.c _PyLong_Frexp.
    /// </summary>
    public static double Frexp(BigInteger a, out long e)
    {
        long bits = (long)a.GetBitLength();
        if (bits <= 63)
        {
            double m0 = Sharpy.Runtime.Objects.FloatOps.Frexp((double)(long)a, out int e0);
            e = e0;
            return m0;
        }
        // Keep 55 bits plus a sticky bit so the long->double conversion rounds exactly once, correctly.
        int drop = (int)(bits - 55);
        BigInteger top = a >> drop;
        if (!(a & ((BigInteger.One << drop) - 1)).IsZero) top |= 1;
        double m = System.Math.ScaleB((double)(long)top, -55);
        e = bits;
        if (m == 1.0) { m = 0.5; e++; }
        return m;
    }
}
