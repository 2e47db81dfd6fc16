using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.MathSupport;

/// <summary>
/// The C library's transcendental functions that .NET lacks or computes naively (.NET's LogP1/ExpM1
/// are log(1+x)/exp(x)-1, which lose all precision near 0). CPython calls the platform libm, so calling
/// the same glibc functions gives bit-identical results; where libm cannot be loaded we fall back to
/// careful managed formulas.
/// </summary>
internal static class LibM
{
    private const string Lib = "libm.so.6";

    [DllImport(Lib, EntryPoint = "log1p")] private static extern double NativeLog1p(double x);
    [DllImport(Lib, EntryPoint = "expm1")] private static extern double NativeExpm1(double x);
    [DllImport(Lib, EntryPoint = "erf")] private static extern double NativeErf(double x);
    [DllImport(Lib, EntryPoint = "erfc")] private static extern double NativeErfc(double x);
    [DllImport(Lib, EntryPoint = "exp2")] private static extern double NativeExp2(double x);

    private static readonly bool Available = Probe();

    private static bool Probe()
    {
        try { return NativeLog1p(0.0) == 0.0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    public static double Log1p(double x)
    {
        if (x == 0) return x; // keeps the sign of -0.0 (CPython's m_log1p)
        if (Available) return NativeLog1p(x);
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (x < -1) return double.NaN;
        if (x == -1) return double.NegativeInfinity;
        // Goldberg's trick: log(u) * x / (u - 1) with u = 1 + x corrects the rounding of 1 + x.
        double u = 1.0 + x;
        return u == 1.0 ? x : System.Math.Log(u) * x / (u - 1.0);
    }

    public static double Expm1(double x)
    {
        if (Available) return NativeExpm1(x);
        if (System.Math.Abs(x) < 0.7)
        {
            double u = System.Math.Exp(x);
            if (u == 1.0) return x;
            double um1 = u - 1.0;
            if (um1 == -1.0) return -1.0;
            return um1 * x / System.Math.Log(u);
        }
        return System.Math.Exp(x) - 1.0;
    }

    public static double Exp2(double x) => Available ? NativeExp2(x) : System.Math.Pow(2.0, x);

    public static double Erf(double x)
    {
        if (Available) return NativeErf(x);
        if (double.IsNaN(x)) return x;
        double ax = System.Math.Abs(x);
        if (ax < ErfSeriesCutoff) return ErfSeries(x);
        double cf = ErfcContinuedFraction(ax);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    public static double Erfc(double x)
    {
        if (Available) return NativeErfc(x);
        if (double.IsNaN(x)) return x;
        double ax = System.Math.Abs(x);
        if (ax < ErfSeriesCutoff) return 1.0 - ErfSeries(x);
        double cf = ErfcContinuedFraction(ax);
        return x > 0 ? cf : 2.0 - cf;
    }

    // CPython 3.11: Modules/mathmodule.c m_erf_series / m_erfc_contfrac (used when libm lacks erf).
    private const double ErfSeriesCutoff = 1.5;
    private const double SqrtPi = 1.772453850905516027298167483341145182798;

    private static double ErfSeries(double x)
    {
        const int terms = 25;
        double x2 = x * x, acc = 0.0, fk = terms + 0.5;
        for (int i = 0; i < terms; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
        return acc * x * System.Math.Exp(-x2) / SqrtPi;
    }

    private static double ErfcContinuedFraction(double x)
    {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < 50; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            (p, pLast) = (b * p - a * pLast, p);
            (q, qLast) = (b * q - a * qLast, q);
        }
        return p / q * x * System.Math.Exp(-x2) / SqrtPi;
    }
}
