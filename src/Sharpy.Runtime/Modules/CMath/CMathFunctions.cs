using System.Numerics;

namespace Sharpy.Runtime.Modules.CMath;

/// <summary>Raised by the complex functions; mapped to ValueError/OverflowError by the module.</summary>
internal sealed class CMathError(bool overflow) : Exception
{
    public bool Overflow { get; } = overflow;
}

/// <summary>
/// Complex elementary functions using the same formulas (Kahan's branch-cut-aware algorithms),
/// constants and special values (infinities/NaNs) as CPython's cmathmodule.c.
/// </summary>
internal static class CMathFunctions
{
    // CPython 3.11: Modules/cmathmodule.c constants
    private const double DblMax = double.MaxValue;
    private const double DblMin = 2.2250738585072014e-308;
    private const int DblMantDig = 53;
    private static readonly double LargeDouble = DblMax / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);
    private const int ScaleUp = 2 * (DblMantDig / 2) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;

    private static bool Finite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    /// <summary>CPython's special-value table lookup for an infinite or NaN argument.</summary>
    private static Complex Special((double, double)?[,] table, Complex z)
    {
        var r = table[CMathSpecialValues.Class(z.Real), CMathSpecialValues.Class(z.Imaginary)];
        if (r == null) throw new CMathError(false);
        return new Complex(r.Value.Item1, r.Value.Item2);
    }

    /// <summary>x infinite, y finite and non-zero: the cases CPython computes instead of tabulating.</summary>
    private static bool InfiniteRealFiniteImag(Complex z) =>
        double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0;

    public static Complex Sqrt(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (!Finite(z)) return Special(CMathSpecialValues.Sqrt, z);
        if (x == 0 && y == 0) return new Complex(0.0, y);
        double ax = Math.Abs(x), ay = Math.Abs(y), s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + LibM.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + LibM.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0 ? new Complex(s, Math.CopySign(d, y)) : new Complex(d, Math.CopySign(s, y));
    }

    public static Complex Exp(Complex z)
    {
        if (!Finite(z))
        {
            if (!InfiniteRealFiniteImag(z)) return Special(CMathSpecialValues.Exp, z);
            double c = LibM.Cos(z.Imaginary), sn = LibM.Sin(z.Imaginary);
            return z.Real > 0
                ? new Complex(Math.CopySign(double.PositiveInfinity, c), Math.CopySign(double.PositiveInfinity, sn))
                : new Complex(Math.CopySign(0.0, c), Math.CopySign(0.0, sn));
        }
        double x = z.Real, y = z.Imaginary, re, im;
        if (x > LogLargeDouble)
        {
            double l = LibM.Exp(x - 1.0);
            re = l * LibM.Cos(y) * Math.E;
            im = l * LibM.Sin(y) * Math.E;
        }
        else
        {
            double l = LibM.Exp(x);
            re = l * LibM.Cos(y);
            im = l * LibM.Sin(y);
        }
        if (double.IsInfinity(re) || double.IsInfinity(im)) throw new CMathError(true);
        return new Complex(re, im);
    }

    public static Complex Log(Complex z)
    {
        if (!Finite(z)) return Special(CMathSpecialValues.Log, z);
        double x = z.Real, y = z.Imaginary, ax = Math.Abs(x), ay = Math.Abs(y), re;
        if (ax > LargeDouble || ay > LargeDouble)
            re = LibM.Log(LibM.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = LibM.Log(LibM.Hypot(Math.ScaleB(ax, DblMantDig), Math.ScaleB(ay, DblMantDig))) - DblMantDig * Ln2;
            else
                throw new CMathError(false);
        }
        else
        {
            double h = LibM.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = LibM.Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = LibM.Log(h);
        }
        return new Complex(re, LibM.Atan2(y, x));
    }

    public static Complex Log10(Complex z)
    {
        var s = Log(z);
        return new Complex(s.Real / Ln10, s.Imaginary / Ln10);
    }

    public static Complex Acos(Complex z)
    {
        if (!Finite(z)) return Special(CMathSpecialValues.Acos, z);
        double x = z.Real, y = z.Imaginary;
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            double re = LibM.Atan2(Math.Abs(y), x);
            double l = LibM.Log(LibM.Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0;
            return new Complex(re, x < 0 ? -Math.CopySign(l, y) : Math.CopySign(l, -y));
        }
        var s1 = Sqrt(new Complex(1.0 - x, -y));
        var s2 = Sqrt(new Complex(1.0 + x, y));
        return new Complex(2.0 * LibM.Atan2(s1.Real, s2.Real),
            LibM.Asinh(s2.Real * s1.Imaginary - s2.Imaginary * s1.Real));
    }

    public static Complex Acosh(Complex z)
    {
        if (!Finite(z)) return Special(CMathSpecialValues.Acosh, z);
        double x = z.Real, y = z.Imaginary;
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
            return new Complex(LibM.Log(LibM.Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, LibM.Atan2(y, x));
        var s1 = Sqrt(new Complex(x - 1.0, y));
        var s2 = Sqrt(new Complex(x + 1.0, y));
        return new Complex(LibM.Asinh(s1.Real * s2.Real + s1.Imaginary * s2.Imaginary),
            2.0 * LibM.Atan2(s1.Imaginary, s2.Real));
    }

    public static Complex Asinh(Complex z)
    {
        if (!Finite(z)) return Special(CMathSpecialValues.Asinh, z);
        double x = z.Real, y = z.Imaginary;
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            double l = LibM.Log(LibM.Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0;
            double re = y >= 0 ? Math.CopySign(l, x) : -Math.CopySign(l, -x);
            return new Complex(re, LibM.Atan2(y, Math.Abs(x)));
        }
        var s1 = Sqrt(new Complex(1.0 + y, -x));
        var s2 = Sqrt(new Complex(1.0 - y, x));
        return new Complex(LibM.Asinh(s1.Real * s2.Imaginary - s2.Real * s1.Imaginary),
            LibM.Atan2(y, s1.Real * s2.Real - s1.Imaginary * s2.Imaginary));
    }

    public static Complex Asin(Complex z)
    {
        var s = Asinh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    public static Complex Atanh(Complex z)
    {
        if (!Finite(z)) return Special(CMathSpecialValues.Atanh, z);
        double x = z.Real, y = z.Imaginary;
        if (x < 0)
        {
            var n = Atanh(new Complex(-x, -y));
            return new Complex(-n.Real, -n.Imaginary);
        }
        double ay = Math.Abs(y);
        if (x > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = LibM.Hypot(x / 2.0, y / 2.0);
            return new Complex(x / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -y));
        }
        if (x == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0) throw new CMathError(false);
            return new Complex(-LibM.Log(Math.Sqrt(ay) / Math.Sqrt(LibM.Hypot(ay, 2.0))),
                Math.CopySign(LibM.Atan2(2.0, -ay) / 2.0, y));
        }
        return new Complex(LibM.Log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -LibM.Atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    public static Complex Atan(Complex z)
    {
        var s = Atanh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    public static Complex Cosh(Complex z)
    {
        if (!Finite(z))
        {
            if (!InfiniteRealFiniteImag(z)) return Special(CMathSpecialValues.Cosh, z);
            return new Complex(Math.CopySign(double.PositiveInfinity, LibM.Cos(z.Imaginary)),
                Math.CopySign(double.PositiveInfinity, LibM.Sin(z.Imaginary)) * Math.CopySign(1.0, z.Real));
        }
        double x = z.Real, y = z.Imaginary, re, im;
        if (Math.Abs(x) > LogLargeDouble)
        {
            double xm1 = x - Math.CopySign(1.0, x);
            re = LibM.Cos(y) * LibM.Cosh(xm1) * Math.E;
            im = LibM.Sin(y) * LibM.Sinh(xm1) * Math.E;
        }
        else
        {
            re = LibM.Cos(y) * LibM.Cosh(x);
            im = LibM.Sin(y) * LibM.Sinh(x);
        }
        if (double.IsInfinity(re) || double.IsInfinity(im)) throw new CMathError(true);
        return new Complex(re, im);
    }

    public static Complex Sinh(Complex z)
    {
        if (!Finite(z))
        {
            if (!InfiniteRealFiniteImag(z)) return Special(CMathSpecialValues.Sinh, z);
            return new Complex(Math.CopySign(double.PositiveInfinity, LibM.Cos(z.Imaginary)) * Math.CopySign(1.0, z.Real),
                Math.CopySign(double.PositiveInfinity, LibM.Sin(z.Imaginary)));
        }
        double x = z.Real, y = z.Imaginary, re, im;
        if (Math.Abs(x) > LogLargeDouble)
        {
            double xm1 = x - Math.CopySign(1.0, x);
            re = LibM.Cos(y) * LibM.Sinh(xm1) * Math.E;
            im = LibM.Sin(y) * LibM.Cosh(xm1) * Math.E;
        }
        else
        {
            re = LibM.Cos(y) * LibM.Sinh(x);
            im = LibM.Sin(y) * LibM.Cosh(x);
        }
        if (double.IsInfinity(re) || double.IsInfinity(im)) throw new CMathError(true);
        return new Complex(re, im);
    }

    public static Complex Tanh(Complex z)
    {
        if (!Finite(z))
        {
            if (!InfiniteRealFiniteImag(z)) return Special(CMathSpecialValues.Tanh, z);
            double im = Math.CopySign(0.0, 2.0 * LibM.Sin(z.Imaginary) * LibM.Cos(z.Imaginary));
            return new Complex(z.Real > 0 ? 1.0 : -1.0, im);
        }
        double x = z.Real, y = z.Imaginary;
        if (Math.Abs(x) > LogLargeDouble)
            return new Complex(Math.CopySign(1.0, x), 4.0 * LibM.Sin(y) * LibM.Cos(y) * LibM.Exp(-2.0 * Math.Abs(x)));
        double tx = LibM.Tanh(x), ty = LibM.Tan(y), cx = 1.0 / LibM.Cosh(x);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return new Complex(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
    }

    public static Complex Cos(Complex z) => Cosh(new Complex(-z.Imaginary, z.Real));

    public static Complex Sin(Complex z)
    {
        var s = Sinh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    public static Complex Tan(Complex z)
    {
        var s = Tanh(new Complex(-z.Imaginary, z.Real));
        return new Complex(s.Imaginary, -s.Real);
    }

    /// <summary>CPython 3.11: Objects/complexobject.c _Py_c_quot (Smith's algorithm).</summary>
    public static Complex Quot(Complex a, Complex b)
    {
        double absBr = Math.Abs(b.Real), absBi = Math.Abs(b.Imaginary);
        if (absBr >= absBi)
        {
            if (absBr == 0.0) throw new CMathError(false);
            double ratio = b.Imaginary / b.Real, denom = b.Real + b.Imaginary * ratio;
            return new Complex((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = b.Real / b.Imaginary, denom = b.Real * ratio + b.Imaginary;
            return new Complex((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        return new Complex(double.NaN, double.NaN);
    }

    /// <summary>CPython 3.11: _Py_c_abs.</summary>
    public static double Abs(Complex z)
    {
        if (!Finite(z))
        {
            if (double.IsInfinity(z.Real)) return Math.Abs(z.Real);
            if (double.IsInfinity(z.Imaginary)) return Math.Abs(z.Imaginary);
            return double.NaN;
        }
        double r = LibM.Hypot(z.Real, z.Imaginary);
        if (double.IsInfinity(r)) throw new CMathError(true);
        return r;
    }
}
