using System.Numerics;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.CMath;

/// <summary>The <c>cmath</c> module: complex math with CPython's formulas and errors.</summary>
public static class CMathModule
{
    /// <summary>PyComplex_AsCComplex: complex, __complex__, or a real number.</summary>
    private static Complex ToComplex(PyObject o)
    {
        if (o is PyComplex c) return c.Value;
        var m = o.Type.Lookup("__complex__");
        if (m != null)
        {
            var r = Ops.CallWithSelf(m, o, []);
            if (r is PyComplex rc) return rc.Value;
            throw new PythonException(PyExc.TypeError($"__complex__ returned non-complex (type {r.Type.Name})"));
        }
        return new Complex(Ops.ToDouble(o), 0.0);
    }

    private static PyObject Wrap(Func<Complex> f)
    {
        try
        {
            return new PyComplex(f());
        }
        catch (CMathError e)
        {
            throw new PythonException(e.Overflow ? PyExc.OverflowError("math range error") : PyExc.ValueError("math domain error"));
        }
    }

    private static void Def1(PyDict d, string name, Func<Complex, Complex> f) =>
        d.DefFunction(name, (a, k) =>
        {
            ArgParser.NoKeywords(name, k);
            if (a.Length != 1)
                throw new PythonException(PyExc.TypeError($"cmath.{name}() takes exactly one argument ({a.Length} given)"));
            var z = ToComplex(a[0]);
            return Wrap(() => f(z));
        }, "cmath");

    public static PyModule Create()
    {
        var m = new PyModule("cmath");
        var d = m.Dict!;
        d.SetItem("pi", new PyFloat(Math.PI));
        d.SetItem("e", new PyFloat(Math.E));
        d.SetItem("tau", new PyFloat(Math.Tau));
        d.SetItem("inf", new PyFloat(double.PositiveInfinity));
        d.SetItem("infj", new PyComplex(new Complex(0.0, double.PositiveInfinity)));
        d.SetItem("nan", new PyFloat(PyFloat.NaN));
        d.SetItem("nanj", new PyComplex(new Complex(0.0, PyFloat.NaN)));
        Def1(d, "sqrt", CMathFunctions.Sqrt);
        Def1(d, "exp", CMathFunctions.Exp);
        Def1(d, "log10", CMathFunctions.Log10);
        Def1(d, "acos", CMathFunctions.Acos);
        Def1(d, "asin", CMathFunctions.Asin);
        Def1(d, "atan", CMathFunctions.Atan);
        Def1(d, "acosh", CMathFunctions.Acosh);
        Def1(d, "asinh", CMathFunctions.Asinh);
        Def1(d, "atanh", CMathFunctions.Atanh);
        Def1(d, "cos", CMathFunctions.Cos);
        Def1(d, "sin", CMathFunctions.Sin);
        Def1(d, "tan", CMathFunctions.Tan);
        Def1(d, "cosh", CMathFunctions.Cosh);
        Def1(d, "sinh", CMathFunctions.Sinh);
        Def1(d, "tanh", CMathFunctions.Tanh);
        d.DefFunction("log", (a, k) =>
        {
            var p = ArgParser.Parse("log", a, k, ["x", "base"], [], 1, posOnlyCount: 2);
            var z = ToComplex(p[0]!);
            if (p[1] == null) return Wrap(() => CMathFunctions.Log(z));
            var b = ToComplex(p[1]!);
            return Wrap(() => CMathFunctions.Quot(CMathFunctions.Log(z), CMathFunctions.Log(b)));
        }, "cmath");
        d.DefFunction("phase", (a, k) =>
        {
            One("phase", a, k);
            var z = ToComplex(a[0]);
            return new PyFloat(LibM.Atan2(z.Imaginary, z.Real));
        }, "cmath");
        d.DefFunction("polar", (a, k) =>
        {
            One("polar", a, k);
            var z = ToComplex(a[0]);
            double r;
            try { r = CMathFunctions.Abs(z); }
            catch (CMathError) { throw new PythonException(PyExc.OverflowError("math range error")); }
            return new PyTuple([new PyFloat(r), new PyFloat(LibM.Atan2(z.Imaginary, z.Real))]);
        }, "cmath");
        d.DefFunction("rect", (a, k) =>
        {
            ArgParser.NoKeywords("rect", k);
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"rect expected 2 arguments, got {a.Length}"));
            double r = Ops.ToDouble(a[0]), phi = Ops.ToDouble(a[1]);
            return new PyComplex(Rect(r, phi));
        }, "cmath");
        d.DefFunction("isfinite", (a, k) => { One("isfinite", a, k); var z = ToComplex(a[0]); return Py.Bool(double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)); }, "cmath");
        d.DefFunction("isinf", (a, k) => { One("isinf", a, k); var z = ToComplex(a[0]); return Py.Bool(double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary)); }, "cmath");
        d.DefFunction("isnan", (a, k) => { One("isnan", a, k); var z = ToComplex(a[0]); return Py.Bool(double.IsNaN(z.Real) || double.IsNaN(z.Imaginary)); }, "cmath");
        d.DefFunction("isclose", (a, k) =>
        {
            var p = ArgParser.Parse("isclose", a, k, ["a", "b"], ["rel_tol", "abs_tol"], 2);
            var x = ToComplex(p[0]!);
            var y = ToComplex(p[1]!);
            double relTol = p[2] == null ? 1e-09 : Ops.ToDouble(p[2]!);
            double absTol = p[3] == null ? 0.0 : Ops.ToDouble(p[3]!);
            if (relTol < 0.0 || absTol < 0.0) throw new PythonException(PyExc.ValueError("tolerances must be non-negative"));
            if (x == y) return Py.True;
            if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imaginary) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imaginary))
                return Py.False;
            double diff = SafeAbs(y - x);
            return Py.Bool(diff <= relTol * SafeAbs(y) || diff <= relTol * SafeAbs(x) || diff <= absTol);
        }, "cmath");
        return m;
    }

    private static double SafeAbs(Complex z)
    {
        try { return CMathFunctions.Abs(z); }
        catch (CMathError) { return double.PositiveInfinity; }
    }

    private static void One(string name, ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgParser.NoKeywords(name, k);
        if (a.Length != 1)
            throw new PythonException(PyExc.TypeError($"cmath.{name}() takes exactly one argument ({a.Length} given)"));
    }

    // CPython 3.11: cmathmodule.c cmath_rect_impl
    private static Complex Rect(double r, double phi)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                double c = Math.CopySign(double.PositiveInfinity, LibM.Cos(phi));
                double s = Math.CopySign(double.PositiveInfinity, LibM.Sin(phi));
                return r > 0 ? new Complex(c, s) : new Complex(-c, -s);
            }
            var v = CMathSpecialValues.Rect[CMathSpecialValues.Class(r), CMathSpecialValues.Class(phi)];
            if (v == null) throw new PythonException(PyExc.ValueError("math domain error"));
            return new Complex(v.Value.Item1, v.Value.Item2);
        }
        if (phi == 0.0) return new Complex(r, r * phi);
        return new Complex(r * LibM.Cos(phi), r * LibM.Sin(phi));
    }
}
