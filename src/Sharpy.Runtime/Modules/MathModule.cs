using System.Numerics;
using Sharpy.Runtime.Modules.MathSupport;
using Sharpy.Runtime.Objects;
using M = System.Math;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The <c>math</c> module. Floating-point functions follow CPython's error rules (math_1/math_2): a NaN
/// from a non-NaN argument is ValueError("math domain error"), an infinity from finite arguments is
/// OverflowError("math range error") for functions that can overflow and ValueError otherwise.
/// Integer functions are exact for any size (see <see cref="MathInteger"/>).
/// </summary>
public static partial class MathModule
{
    private static double D(PyObject o) => Ops.ToDouble(o);

    private static PythonException DomainError() => new(PyExc.ValueError("math domain error"));
    private static PythonException RangeError() => new(PyExc.OverflowError("math range error"));

    private delegate double ErrnoFunc(double x, out MathErr err);

    // CPython 3.11: Modules/mathmodule.c math_1 / is_error.
    private static double Check1(double x, double r, MathErr err, bool canOverflow)
    {
        if (err == MathErr.Domain) throw DomainError();
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        if (err == MathErr.Range && double.IsInfinity(r)) throw RangeError();
        return r;
    }

    private static void OneArg(string name, ReadOnlySpan<PyObject> a, string[]? k)
    {
        if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError($"math.{name}() takes no keyword arguments"));
        if (a.Length != 1) throw new PythonException(PyExc.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)"));
    }

    private static void Def1(PyDict d, string name, Func<double, double> f, bool canOverflow = false) =>
        d.DefFunction(name, (a, k) =>
        {
            OneArg(name, a, k);
            double x = D(a[0]);
            return new PyFloat(Check1(x, f(x), MathErr.None, canOverflow));
        }, "math");

    private static void Def1E(PyDict d, string name, ErrnoFunc f, bool canOverflow) =>
        d.DefFunction(name, (a, k) =>
        {
            OneArg(name, a, k);
            double x = D(a[0]);
            double r = f(x, out var err);
            return new PyFloat(Check1(x, r, err, canOverflow));
        }, "math");

    private static void TwoArgs(string name, ReadOnlySpan<PyObject> a, string[]? k)
    {
        if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError($"{name}() takes no keyword arguments"));
        if (a.Length != 2) throw new PythonException(PyExc.TypeError($"{name} expected 2 arguments, got {a.Length}"));
    }

    // CPython 3.11: Modules/mathmodule.c math_2.
    private static void Def2(PyDict d, string name, Func<double, double, double> f) =>
        d.DefFunction(name, (a, k) =>
        {
            TwoArgs(name, a, k);
            double x = D(a[0]), y = D(a[1]);
            double r = f(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
            return new PyFloat(r);
        }, "math");

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d.SetItem("pi", new PyFloat(M.PI));
        d.SetItem("e", new PyFloat(M.E));
        d.SetItem("tau", new PyFloat(M.Tau));
        d.SetItem("inf", new PyFloat(double.PositiveInfinity));
        d.SetItem("nan", new PyFloat(PyFloat.NaN));

        Def1(d, "acos", M.Acos);
        Def1(d, "acosh", M.Acosh);
        Def1(d, "asin", M.Asin);
        Def1(d, "asinh", M.Asinh);
        Def1(d, "atan", M.Atan);
        Def1(d, "atanh", M.Atanh);
        Def1(d, "cbrt", M.Cbrt);
        Def1(d, "cos", M.Cos);
        Def1(d, "cosh", M.Cosh, canOverflow: true);
        Def1(d, "erf", LibM.Erf);
        Def1(d, "erfc", LibM.Erfc);
        Def1(d, "exp", M.Exp, canOverflow: true);
        Def1(d, "exp2", LibM.Exp2, canOverflow: true);
        Def1(d, "expm1", LibM.Expm1, canOverflow: true);
        Def1(d, "fabs", M.Abs);
        Def1E(d, "gamma", MathSpecial.Gamma, canOverflow: true);
        Def1E(d, "lgamma", MathSpecial.LGamma, canOverflow: true);
        Def1(d, "log1p", LibM.Log1p);
        Def1(d, "sin", M.Sin);
        Def1(d, "sinh", M.Sinh, canOverflow: true);
        Def1(d, "sqrt", M.Sqrt);
        Def1(d, "tan", M.Tan);
        Def1(d, "tanh", M.Tanh);
        // CPython 3.11: one multiplication by the rounded constant, not x * 180 / pi.
        // No range check: math.degrees(1e308) is inf in CPython.
        d.DefFunction("degrees", (a, k) => { OneArg("degrees", a, k); return new PyFloat(D(a[0]) * (180.0 / M.PI)); }, "math");
        d.DefFunction("radians", (a, k) => { OneArg("radians", a, k); return new PyFloat(D(a[0]) * (M.PI / 180.0)); }, "math");

        Def2(d, "atan2", MathSpecial.Atan2);
        Def2(d, "copysign", M.CopySign);
        Def2(d, "remainder", MathSpecial.Remainder);
        Def2(d, "fmod", (x, y) => double.IsInfinity(y) && double.IsFinite(x) ? x : x % y);
        Def2(d, "nextafter", MathSpecial.NextAfter);
        d.DefFunction("pow", (a, k) => { TwoArgs("pow", a, k); return new PyFloat(Pow(D(a[0]), D(a[1]))); }, "math");
        d.DefFunction("ldexp", (a, k) => { TwoArgs("ldexp", a, k); return Ldexp(a[0], a[1]); }, "math");

        DefLogs(d);
        DefRounding(d);
        DefFloatParts(d);
        DefSums(d);
        DefIntegers(d);
        return m;
    }

    // CPython 3.11: Modules/mathmodule.c math_pow (IEEE special values handled before libm).
    private static double Pow(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && M.Abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : M.Abs(x);
                if (y == 0) return 1.0;
                return oddY ? M.CopySign(0.0, x) : 0.0;
            }
            if (M.Abs(x) == 1.0) return 1.0;
            if (y > 0 && M.Abs(x) > 1.0) return y;
            if (y < 0 && M.Abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = M.Pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0.0 ? DomainError() : RangeError();
        return r;
    }

    // CPython 3.11: Modules/mathmodule.c math_ldexp_impl.
    private static PyObject Ldexp(PyObject xo, PyObject io)
    {
        double x = D(xo);
        if (io is not PyInt i) throw new PythonException(PyExc.TypeError("Expected an int as second argument to ldexp."));
        long e = i.IsBig ? (i.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value;
        if (x == 0.0 || !double.IsFinite(x)) return new PyFloat(x);
        if (e > int.MaxValue) throw RangeError();
        if (e < int.MinValue) return new PyFloat(M.CopySign(0.0, x));
        double r = M.ScaleB(x, (int)e);
        if (double.IsInfinity(r)) throw RangeError();
        return new PyFloat(r);
    }
}
