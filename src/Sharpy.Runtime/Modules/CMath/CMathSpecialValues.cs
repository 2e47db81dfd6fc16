namespace Sharpy.Runtime.Modules.CMath;

/// <summary>
/// Results of the complex functions for infinite/NaN arguments, indexed by the class of the real
/// and imaginary parts (-inf, negative, -0, +0, positive, +inf, nan). Generated from CPython 3.11
/// (the values of cmathmodule.c's special-value tables); null marks a "math domain error".
/// </summary>
internal static class CMathSpecialValues
{
    private const double I = double.PositiveInfinity;
    private const double N = double.NaN;
    private static (double, double)? C(double re, double im) => (re, im);
    private static readonly (double, double)? E = null;

    public static readonly (double, double)?[,] Acos =
    {
        { C(2.356194490192345, I), C(3.141592653589793, I), C(3.141592653589793, I), C(3.141592653589793, -I), C(3.141592653589793, -I), C(2.356194490192345, -I), C(N, I) },
        { C(1.5707963267948966, I), E, E, E, E, C(1.5707963267948966, -I), C(N, N) },
        { C(1.5707963267948966, I), E, E, E, E, C(1.5707963267948966, -I), C(1.5707963267948966, N) },
        { C(1.5707963267948966, I), E, E, E, E, C(1.5707963267948966, -I), C(1.5707963267948966, N) },
        { C(1.5707963267948966, I), E, E, E, E, C(1.5707963267948966, -I), C(N, N) },
        { C(0.7853981633974483, I), C(0.0, I), C(0.0, I), C(0.0, -I), C(0.0, -I), C(0.7853981633974483, -I), C(N, I) },
        { C(N, I), C(N, N), C(N, N), C(N, N), C(N, N), C(N, -I), C(N, N) },
    };

    public static readonly (double, double)?[,] Acosh =
    {
        { C(I, -2.356194490192345), C(I, -3.141592653589793), C(I, -3.141592653589793), C(I, 3.141592653589793), C(I, 3.141592653589793), C(I, 2.356194490192345), C(I, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -0.7853981633974483), C(I, -0.0), C(I, -0.0), C(I, 0.0), C(I, 0.0), C(I, 0.7853981633974483), C(I, N) },
        { C(I, N), C(N, N), C(N, N), C(N, N), C(N, N), C(I, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Asinh =
    {
        { C(-I, -0.7853981633974483), C(-I, -0.0), C(-I, -0.0), C(-I, 0.0), C(-I, 0.0), C(-I, 0.7853981633974483), C(-I, N) },
        { C(-I, -1.5707963267948966), E, E, E, E, C(-I, 1.5707963267948966), C(N, N) },
        { C(-I, -1.5707963267948966), E, E, E, E, C(-I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -0.7853981633974483), C(I, -0.0), C(I, -0.0), C(I, 0.0), C(I, 0.0), C(I, 0.7853981633974483), C(I, N) },
        { C(I, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(I, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Atanh =
    {
        { C(-0.0, -1.5707963267948966), C(-0.0, -1.5707963267948966), C(-0.0, -1.5707963267948966), C(-0.0, 1.5707963267948966), C(-0.0, 1.5707963267948966), C(-0.0, 1.5707963267948966), C(-0.0, N) },
        { C(-0.0, -1.5707963267948966), E, E, E, E, C(-0.0, 1.5707963267948966), C(N, N) },
        { C(-0.0, -1.5707963267948966), E, E, E, E, C(-0.0, 1.5707963267948966), C(-0.0, N) },
        { C(0.0, -1.5707963267948966), E, E, E, E, C(0.0, 1.5707963267948966), C(0.0, N) },
        { C(0.0, -1.5707963267948966), E, E, E, E, C(0.0, 1.5707963267948966), C(N, N) },
        { C(0.0, -1.5707963267948966), C(0.0, -1.5707963267948966), C(0.0, -1.5707963267948966), C(0.0, 1.5707963267948966), C(0.0, 1.5707963267948966), C(0.0, 1.5707963267948966), C(0.0, N) },
        { C(0.0, -1.5707963267948966), C(N, N), C(N, N), C(N, N), C(N, N), C(0.0, 1.5707963267948966), C(N, N) },
    };

    public static readonly (double, double)?[,] Log =
    {
        { C(I, -2.356194490192345), C(I, -3.141592653589793), C(I, -3.141592653589793), C(I, 3.141592653589793), C(I, 3.141592653589793), C(I, 2.356194490192345), C(I, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -1.5707963267948966), E, E, E, E, C(I, 1.5707963267948966), C(N, N) },
        { C(I, -0.7853981633974483), C(I, -0.0), C(I, -0.0), C(I, 0.0), C(I, 0.0), C(I, 0.7853981633974483), C(I, N) },
        { C(I, N), C(N, N), C(N, N), C(N, N), C(N, N), C(I, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Sqrt =
    {
        { C(I, -I), C(0.0, -I), C(0.0, -I), C(0.0, I), C(0.0, I), C(I, I), C(N, I) },
        { C(I, -I), E, E, E, E, C(I, I), C(N, N) },
        { C(I, -I), E, E, E, E, C(I, I), C(N, N) },
        { C(I, -I), E, E, E, E, C(I, I), C(N, N) },
        { C(I, -I), E, E, E, E, C(I, I), C(N, N) },
        { C(I, -I), C(I, -0.0), C(I, -0.0), C(I, 0.0), C(I, 0.0), C(I, I), C(I, N) },
        { C(I, -I), C(N, N), C(N, N), C(N, N), C(N, N), C(I, I), C(N, N) },
    };

    public static readonly (double, double)?[,] Exp =
    {
        { C(0.0, 0.0), C(-0.0, -0.0), C(0.0, -0.0), C(0.0, 0.0), C(-0.0, 0.0), C(0.0, 0.0), C(0.0, 0.0) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, C(-I, -I), C(I, -0.0), C(I, 0.0), C(-I, I), E, C(I, N) },
        { C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Cosh =
    {
        { E, C(-I, I), C(I, 0.0), C(I, -0.0), C(-I, -I), E, C(I, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, 0.0) },
        { E, E, E, E, E, E, C(N, 0.0) },
        { E, E, E, E, E, E, C(N, N) },
        { E, C(-I, -I), C(I, -0.0), C(I, 0.0), C(-I, I), E, C(I, N) },
        { C(N, N), C(N, N), C(N, 0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Sinh =
    {
        { E, C(I, -I), C(-I, -0.0), C(-I, 0.0), C(I, I), E, C(I, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(0.0, N) },
        { E, E, E, E, E, E, C(0.0, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, C(-I, -I), C(I, -0.0), C(I, 0.0), C(-I, I), E, C(I, N) },
        { C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Tanh =
    {
        { C(-1.0, 0.0), C(-1.0, 0.0), C(-1.0, -0.0), C(-1.0, 0.0), C(-1.0, -0.0), C(-1.0, 0.0), C(-1.0, 0.0) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, E, E, E, E, C(N, N) },
        { C(1.0, 0.0), C(1.0, 0.0), C(1.0, -0.0), C(1.0, 0.0), C(1.0, -0.0), C(1.0, 0.0), C(1.0, 0.0) },
        { C(N, N), C(N, N), C(N, -0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N) },
    };

    public static readonly (double, double)?[,] Rect =
    {
        { E, E, C(-I, 0.0), C(-I, -0.0), E, E, C(I, N) },
        { E, E, E, E, E, E, C(N, N) },
        { C(0.0, 0.0), E, E, E, E, C(0.0, 0.0), C(0.0, 0.0) },
        { C(0.0, 0.0), E, E, E, E, C(0.0, 0.0), C(0.0, 0.0) },
        { E, E, E, E, E, E, C(N, N) },
        { E, E, C(I, -0.0), C(I, 0.0), E, E, C(I, N) },
        { C(N, N), C(N, N), C(N, 0.0), C(N, 0.0), C(N, N), C(N, N), C(N, N) },
    };

    public static int Class(double x)
    {
        if (double.IsNaN(x)) return 6;
        if (double.IsPositiveInfinity(x)) return 5;
        if (double.IsNegativeInfinity(x)) return 0;
        if (x == 0) return double.IsNegative(x) ? 2 : 3;
        return x < 0 ? 1 : 4;
    }
}
