using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.CMath;

/// <summary>
/// The C library's math functions, called directly so that cmath's results are bit-for-bit
/// those of CPython (which calls the same glibc functions).
/// </summary>
internal static class LibM
{
    private const string Lib = "libm.so.6";

    [DllImport(Lib, EntryPoint = "hypot")] public static extern double Hypot(double x, double y);
    [DllImport(Lib, EntryPoint = "log1p")] public static extern double Log1p(double x);
    [DllImport(Lib, EntryPoint = "asinh")] public static extern double Asinh(double x);
    [DllImport(Lib, EntryPoint = "atan2")] public static extern double Atan2(double y, double x);
    [DllImport(Lib, EntryPoint = "exp")] public static extern double Exp(double x);
    [DllImport(Lib, EntryPoint = "log")] public static extern double Log(double x);
    [DllImport(Lib, EntryPoint = "sin")] public static extern double Sin(double x);
    [DllImport(Lib, EntryPoint = "cos")] public static extern double Cos(double x);
    [DllImport(Lib, EntryPoint = "tan")] public static extern double Tan(double x);
    [DllImport(Lib, EntryPoint = "sinh")] public static extern double Sinh(double x);
    [DllImport(Lib, EntryPoint = "cosh")] public static extern double Cosh(double x);
    [DllImport(Lib, EntryPoint = "tanh")] public static extern double Tanh(double x);
}
