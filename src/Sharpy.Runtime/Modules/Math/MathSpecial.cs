namespace Sharpy.Runtime.Modules.MathSupport;

/// <summary>What a libm-style function reports besides its value (C's errno).</summary>
internal enum MathErr { None, Domain, Range }

/// <summary>
/// Floating-point functions CPython implements itself rather than taking from libm, ported so the
/// results match bit for bit: gamma/lgamma (Lanczos, N=13), remainder, atan2's special values,
/// the scaled vector norm behind hypot/dist, nextafter and ulp.
/// </summary>
internal static class MathSpecial
{
    private const double Pi = System.Math.PI;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    // CPython 3.11: Modules/mathmodule.c lanczos_* (Boost's N=13, g=6.0246800407767295 parameters).
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private static readonly double[] LanczosNum =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    private static readonly double[] LanczosDen =
        [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];

    // (n-1)! for n = 1..23, each the correctly rounded double.
    private static readonly double[] GammaIntegral =
    [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        // Horner in x for small x; in 1/x for large x (avoids overflow, better accuracy).
        if (x < 5.0)
            for (int i = LanczosNum.Length - 1; i >= 0; i--) { num = num * x + LanczosNum[i]; den = den * x + LanczosDen[i]; }
        else
            for (int i = 0; i < LanczosNum.Length; i++) { num = num / x + LanczosNum[i]; den = den / x + LanczosDen[i]; }
        return num / den;
    }

    /// <summary>sin(pi*x), exact at integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        double y = System.Math.Abs(x) % 2.0;
        int n = (int)System.Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => System.Math.Sin(Pi * y),
            1 => System.Math.Cos(Pi * (y - 0.5)),
            2 => System.Math.Sin(Pi * (1.0 - y)),
            3 => -System.Math.Cos(Pi * (y - 1.5)),
            _ => System.Math.Sin(Pi * (y - 2.0)),
        };
        return System.Math.CopySign(1.0, x) * r;
    }

    public static double Gamma(double x, out MathErr err)
    {
        err = MathErr.None;
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0) return x;
            err = MathErr.Domain;
            return double.NaN;
        }
        if (x == 0) { err = MathErr.Domain; return System.Math.CopySign(double.PositiveInfinity, x); }
        if (x == System.Math.Floor(x))
        {
            if (x < 0) { err = MathErr.Domain; return double.NaN; }
            if (x <= GammaIntegral.Length) return GammaIntegral[(int)x - 1];
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20)
        {
            double t = 1.0 / x;
            if (double.IsInfinity(t)) err = MathErr.Range;
            return t;
        }
        if (absx > 200.0)
        {
            if (x < 0) return 0.0 / SinPi(x);
            err = MathErr.Range;
            return double.PositiveInfinity;
        }
        double y = absx + LanczosGMinusHalf, z;
        // z is the rounding error of y = absx + g - 0.5, used for a first-order correction.
        if (absx > LanczosGMinusHalf) { double q = y - absx; z = q - LanczosGMinusHalf; }
        else { double q = y - LanczosGMinusHalf; z = q - absx; }
        z = z * LanczosG / y;
        double r;
        if (x < 0)
        {
            r = -Pi / SinPi(absx) / absx * System.Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= System.Math.Pow(y, absx - 0.5);
            else { double sp = System.Math.Pow(y, absx / 2.0 - 0.25); r /= sp; r /= sp; }
        }
        else
        {
            r = LanczosSum(absx) / System.Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= System.Math.Pow(y, absx - 0.5);
            else { double sp = System.Math.Pow(y, absx / 2.0 - 0.25); r *= sp; r *= sp; }
        }
        if (double.IsInfinity(r)) err = MathErr.Range;
        return r;
    }

    public static double LGamma(double x, out MathErr err)
    {
        err = MathErr.None;
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == System.Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0) { err = MathErr.Domain; return double.PositiveInfinity; }
            return 0.0;
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20) return -System.Math.Log(absx);
        double r = System.Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (System.Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0) r = LogPi - System.Math.Log(System.Math.Abs(SinPi(absx))) - System.Math.Log(absx) - r;
        if (double.IsInfinity(r)) err = MathErr.Range;
        return r;
    }

    // CPython 3.11: Modules/mathmodule.c m_atan2 (C99 special values regardless of platform).
    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return System.Math.CopySign(double.IsNegative(x) ? 0.75 * Pi : 0.25 * Pi, y);
            return System.Math.CopySign(0.5 * Pi, y);
        }
        if (double.IsInfinity(x) || y == 0.0)
            return double.IsNegative(x) ? System.Math.CopySign(Pi, y) : System.Math.CopySign(0.0, y);
        return System.Math.Atan2(y, x);
    }

    // CPython 3.11: Modules/mathmodule.c m_remainder (exact IEEE remainder, ties to even quotient).
    public static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return double.NaN;
            double absx = System.Math.Abs(x), absy = System.Math.Abs(y);
            double m = absx % absy;
            double c = absy - m, r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return System.Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return double.NaN;
        return x;
    }

    // CPython 3.11: Modules/mathmodule.c vector_norm. Scales by a power of two so nothing overflows,
    // then accumulates the squares exactly (Veltkamp split) and applies one Newton correction.
    public static double VectorNorm(ReadOnlySpan<double> vec, double max, bool foundNan)
    {
        const double T27 = 134217729.0; // 2**27 + 1
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || vec.Length <= 1) return max;
        Sharpy.Runtime.Objects.FloatOps.Frexp(max, out int maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, x, oldcsum;
        if (maxE >= -1023)
        {
            double scale = System.Math.ScaleB(1.0, -maxE);
            foreach (double v in vec)
            {
                x = v * scale;
                double t = x * T27, hi = t - (t - x), lo = x - hi;
                x = hi * hi;
                oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = System.Math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            {
                x = h;
                double t = x * T27, hi = t - (t - x), lo = x - hi;
                x = -hi * hi;
                oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
                x = -2.0 * hi * lo;
                oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x;
                x = -lo * lo;
                oldcsum = csum; csum += x; frac3 += (oldcsum - csum) + x;
            }
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // Subnormal max: 1/max would overflow, so divide instead of scaling.
        foreach (double v in vec)
        {
            x = v / max;
            x *= x;
            oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x;
        }
        return max * System.Math.Sqrt(csum - 1.0 + frac1);
    }

    public static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        if (x == 0.0) return System.Math.CopySign(double.Epsilon, y);
        long bits = BitConverter.DoubleToInt64Bits(x);
        bits += (y > x) == (x > 0) ? 1 : -1;
        return BitConverter.Int64BitsToDouble(bits);
    }

    public static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = System.Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2)) return x - NextAfter(x, double.NegativeInfinity);
        return x2 - x;
    }
}
