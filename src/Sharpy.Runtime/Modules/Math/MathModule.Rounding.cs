using Sharpy.Runtime.Modules.MathSupport;
using Sharpy.Runtime.Objects;
using M = System.Math;

namespace Sharpy.Runtime.Modules;

public static partial class MathModule
{
    private static void DefRounding(PyDict d)
    {
        d.DefFunction("floor", (a, k) => { OneArg("floor", a, k); return FloorCeil(a[0], "__floor__", M.Floor); }, "math");
        d.DefFunction("ceil", (a, k) => { OneArg("ceil", a, k); return FloorCeil(a[0], "__ceil__", M.Ceiling); }, "math");
        d.DefFunction("trunc", (a, k) =>
        {
            OneArg("trunc", a, k);
            var x = a[0];
            if (x is PyFloat f && f.Type == PyTypes.Float) return NumberMethods.FromDouble(f.Value);
            if (x is PyInt i && i.Type == PyTypes.Int) return i;
            var m = x.Type.Lookup("__trunc__");
            if (m == null && x is PyInt sub) return NumberMethods.Plain(sub);
            if (m == null) throw new PythonException(PyExc.TypeError($"type {x.Type.Name} doesn't define __trunc__ method"));
            return Ops.CallWithSelf(m, x, []);
        }, "math");
    }

    // CPython 3.11: Modules/mathmodule.c math_floor / math_ceil.
    private static PyObject FloorCeil(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyFloat fl && fl.Type == PyTypes.Float) return NumberMethods.FromDouble(f(fl.Value));
        if (x is PyInt i && i.Type == PyTypes.Int) return i;
        if (x.Type.Lookup(dunder) is { } m) return Ops.CallWithSelf(m, x, []);
        if (x is PyInt sub) return NumberMethods.Plain(sub);
        return NumberMethods.FromDouble(f(D(x)));
    }

    private static void DefFloatParts(PyDict d)
    {
        d.DefFunction("isnan", (a, k) => { OneArg("isnan", a, k); return Py.Bool(double.IsNaN(D(a[0]))); }, "math");
        d.DefFunction("isinf", (a, k) => { OneArg("isinf", a, k); return Py.Bool(double.IsInfinity(D(a[0]))); }, "math");
        d.DefFunction("isfinite", (a, k) => { OneArg("isfinite", a, k); return Py.Bool(double.IsFinite(D(a[0]))); }, "math");
        d.DefFunction("ulp", (a, k) => { OneArg("ulp", a, k); return new PyFloat(MathSpecial.Ulp(D(a[0]))); }, "math");
        d.DefFunction("modf", (a, k) =>
        {
            OneArg("modf", a, k);
            double x = D(a[0]);
            if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(M.CopySign(0.0, x)), new PyFloat(x));
            if (double.IsNaN(x)) return PyTuple.Of(new PyFloat(x), new PyFloat(x));
            double ip = M.Truncate(x);
            return PyTuple.Of(new PyFloat(M.CopySign(x - ip, x)), new PyFloat(ip));
        }, "math");
        d.DefFunction("frexp", (a, k) =>
        {
            OneArg("frexp", a, k);
            double mant = FloatOps.Frexp(D(a[0]), out int e);
            return PyTuple.Of(new PyFloat(mant), PyInt.From(e));
        }, "math");
        d.DefFunction("isclose", (a, k) =>
        {
            int npos = a.Length - (k?.Length ?? 0);
            if (npos > 2) throw new PythonException(PyExc.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)"));
            var p = ArgParser.Parse("isclose", a, k, ["a", "b"], ["rel_tol", "abs_tol"], 2);
            double x = D(p[0]!), y = D(p[1]!);
            double rel = p[2] != null ? D(p[2]!) : 1e-9, abs = p[3] != null ? D(p[3]!) : 0.0;
            if (rel < 0.0 || abs < 0.0) throw new PythonException(PyExc.ValueError("tolerances must be non-negative"));
            if (x == y) return Py.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return Py.False;
            double diff = M.Abs(y - x);
            return Py.Bool(diff <= M.Abs(rel * y) || diff <= M.Abs(rel * x) || diff <= abs);
        }, "math");
    }
}
