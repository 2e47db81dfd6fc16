using System.Numerics;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>The <c>math</c> module (core functions).</summary>
public static class MathModule
{
    private static double D(PyObject o) => Ops.ToDouble(o);

    private static PyObject F(double v, string? name = null)
    {
        if (double.IsNaN(v)) throw new PythonException(PyExc.ValueError("math domain error"));
        return new PyFloat(v);
    }

    private static void Def1(PyDict d, string name, Func<double, double> f, Func<double, bool>? domain = null) =>
        d.DefFunction(name, (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)"));
            double x = D(a[0]);
            if (domain != null && !domain(x)) throw new PythonException(PyExc.ValueError("math domain error"));
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw new PythonException(PyExc.ValueError("math domain error"));
            if (double.IsInfinity(r) && !double.IsInfinity(x)) throw new PythonException(PyExc.OverflowError("math range error"));
            return new PyFloat(r);
        }, "math");

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d.SetItem("pi", new PyFloat(Math.PI));
        d.SetItem("e", new PyFloat(Math.E));
        d.SetItem("tau", new PyFloat(Math.Tau));
        d.SetItem("inf", new PyFloat(double.PositiveInfinity));
        d.SetItem("nan", new PyFloat(PyFloat.NaN));
        Def1(d, "sqrt", Math.Sqrt, x => x >= 0 || double.IsNaN(x));
        Def1(d, "exp", Math.Exp);
        Def1(d, "sin", Math.Sin, x => !double.IsInfinity(x));
        Def1(d, "cos", Math.Cos, x => !double.IsInfinity(x));
        Def1(d, "tan", Math.Tan, x => !double.IsInfinity(x));
        Def1(d, "asin", Math.Asin, x => x >= -1 && x <= 1);
        Def1(d, "acos", Math.Acos, x => x >= -1 && x <= 1);
        Def1(d, "atan", Math.Atan);
        Def1(d, "sinh", Math.Sinh);
        Def1(d, "cosh", Math.Cosh);
        Def1(d, "tanh", Math.Tanh);
        Def1(d, "asinh", Math.Asinh);
        Def1(d, "acosh", Math.Acosh, x => x >= 1);
        Def1(d, "atanh", Math.Atanh, x => x > -1 && x < 1);
        Def1(d, "log10", Math.Log10, x => x > 0);
        Def1(d, "log2", Math.Log2, x => x > 0);
        Def1(d, "log1p", x => Math.Log(1 + x), x => x > -1);
        Def1(d, "expm1", x => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1);
        Def1(d, "fabs", Math.Abs);
        Def1(d, "degrees", x => x * 180.0 / Math.PI);
        Def1(d, "radians", x => x * Math.PI / 180.0);
        Def1(d, "erf", Erf);
        Def1(d, "erfc", x => 1 - Erf(x));
        Def1(d, "gamma", Gamma, x => !(x <= 0 && x == Math.Floor(x)));
        Def1(d, "lgamma", x => Math.Log(Math.Abs(Gamma(x))));
        d.DefFunction("log", (a, k) =>
        {
            if (a.Length < 1 || a.Length > 2) throw new PythonException(PyExc.TypeError($"log expected 1 or 2 arguments, got {a.Length}"));
            double Ln(PyObject o)
            {
                if (o is PyInt i && i.IsBig)
                {
                    if (i.Sign <= 0) throw new PythonException(PyExc.ValueError("math domain error"));
                    return BigInteger.Log(i.AsBig);
                }
                double x = D(o);
                if (x <= 0) throw new PythonException(PyExc.ValueError("math domain error"));
                return Math.Log(x);
            }
            double r = Ln(a[0]);
            if (a.Length == 2)
            {
                double b = Ln(a[1]);
                if (b == 0) throw new PythonException(PyExc.ZeroDivisionError("float division by zero"));
                r /= b;
            }
            return new PyFloat(r);
        }, "math");
        d.DefFunction("pow", (a, k) =>
        {
            double x = D(a[0]), y = D(a[1]);
            if (x == 0 && y < 0) throw new PythonException(PyExc.ValueError("math domain error"));
            if (x < 0 && y != Math.Floor(y) && double.IsFinite(y)) throw new PythonException(PyExc.ValueError("math domain error"));
            var r = Math.Pow(x, y);
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw new PythonException(PyExc.OverflowError("math range error"));
            return new PyFloat(r);
        }, "math");
        d.DefFunction("atan2", (a, k) => new PyFloat(Math.Atan2(D(a[0]), D(a[1]))), "math");
        d.DefFunction("hypot", (a, k) => new PyFloat(Math.Sqrt(a.ToArray().Sum(x => D(x) * D(x)))), "math");
        d.DefFunction("copysign", (a, k) => new PyFloat(Math.CopySign(D(a[0]), D(a[1]))), "math");
        d.DefFunction("fmod", (a, k) =>
        {
            double x = D(a[0]), y = D(a[1]);
            if (y == 0 || double.IsInfinity(x)) throw new PythonException(PyExc.ValueError("math domain error"));
            return new PyFloat(Math.IEEERemainder(x, y) is var _ ? x % y : 0);
        }, "math");
        d.DefFunction("floor", (a, k) => RoundTo(a[0], "__floor__", Math.Floor), "math");
        d.DefFunction("ceil", (a, k) => RoundTo(a[0], "__ceil__", Math.Ceiling), "math");
        d.DefFunction("trunc", (a, k) => RoundTo(a[0], "__trunc__", Math.Truncate), "math");
        d.DefFunction("isnan", (a, k) => Py.Bool(double.IsNaN(D(a[0]))), "math");
        d.DefFunction("isinf", (a, k) => Py.Bool(double.IsInfinity(D(a[0]))), "math");
        d.DefFunction("isfinite", (a, k) => Py.Bool(double.IsFinite(D(a[0]))), "math");
        d.DefFunction("isclose", (a, k) =>
        {
            var p = ArgParser.Parse("isclose", a, k, ["a", "b"], ["rel_tol", "abs_tol"], 2);
            double x = D(p[0]!), y = D(p[1]!);
            double rel = p[2] != null ? D(p[2]!) : 1e-9, abs = p[3] != null ? D(p[3]!) : 0;
            if (rel < 0 || abs < 0) throw new PythonException(PyExc.ValueError("tolerances must be non-negative"));
            if (x == y) return Py.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return Py.False;
            double diff = Math.Abs(y - x);
            return Py.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        }, "math");
        d.DefFunction("factorial", (a, k) =>
        {
            if (a[0] is PyFloat) throw new PythonException(PyExc.TypeError("'float' object cannot be interpreted as an integer"));
            long n = Ops.ToLong(a[0]);
            if (n < 0) throw new PythonException(PyExc.ValueError("factorial() not defined for negative values"));
            BigInteger r = 1;
            for (long i = 2; i <= n; i++) r *= i;
            return PyInt.From(r);
        }, "math");
        d.DefFunction("gcd", (a, k) =>
        {
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Ops.ToBig(x));
            return PyInt.From(g);
        }, "math");
        d.DefFunction("lcm", (a, k) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Ops.ToBig(x));
                if (v.IsZero) return PyInt.From(0);
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        }, "math");
        d.DefFunction("isqrt", (a, k) =>
        {
            var n = Ops.ToBig(a[0]);
            if (n.Sign < 0) throw new PythonException(PyExc.ValueError("isqrt() argument must be nonnegative"));
            if (n.IsZero) return PyInt.From(0);
            var x = (BigInteger)Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return PyInt.From(x);
        }, "math");
        d.DefFunction("comb", (a, k) =>
        {
            var n = Ops.ToBig(a[0]); var r = Ops.ToBig(a[1]);
            if (n.Sign < 0 || r.Sign < 0) throw new PythonException(PyExc.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer"));
            if (r > n) return PyInt.From(0);
            if (r > n - r) r = n - r;
            BigInteger res = 1;
            for (BigInteger i = 1; i <= r; i++) res = res * (n - r + i) / i;
            return PyInt.From(res);
        }, "math");
        d.DefFunction("perm", (a, k) =>
        {
            var n = Ops.ToBig(a[0]);
            var r = a.Length > 1 && a[1] is not PyNone ? Ops.ToBig(a[1]) : n;
            if (r > n) return PyInt.From(0);
            BigInteger res = 1;
            for (BigInteger i = n - r + 1; i <= n; i++) res *= i;
            return PyInt.From(res);
        }, "math");
        d.DefFunction("prod", (a, k) =>
        {
            var p = ArgParser.Parse("prod", a, k, ["iterable"], ["start"], 1);
            PyObject acc = p[1] ?? PyInt.From(1);
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.Mul(acc, x);
            return acc;
        }, "math");
        d.DefFunction("fsum", (a, k) =>
        {
            // Neumaier summation (exact enough for common cases).
            double sum = 0, c = 0;
            foreach (var x in Ops.Iterate(a[0]))
            {
                double v = D(x);
                double t = sum + v;
                c += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
            }
            return new PyFloat(sum + c);
        }, "math");
        d.DefFunction("modf", (a, k) =>
        {
            double x = D(a[0]);
            double ip = Math.Truncate(x);
            return PyTuple.Of(new PyFloat(double.IsInfinity(x) ? Math.CopySign(0, x) : x - ip), new PyFloat(ip));
        }, "math");
        d.DefFunction("frexp", (a, k) =>
        {
            double m2 = FloatOps.Frexp(D(a[0]), out int e);
            return PyTuple.Of(new PyFloat(m2), PyInt.From(e));
        }, "math");
        d.DefFunction("ldexp", (a, k) => new PyFloat(Math.ScaleB(D(a[0]), (int)Ops.ToLong(a[1]))), "math");
        d.DefFunction("dist", (a, k) =>
        {
            var p = Ops.ToList(a[0]); var q = Ops.ToList(a[1]);
            return new PyFloat(Math.Sqrt(p.Zip(q).Sum(t => (D(t.First) - D(t.Second)) * (D(t.First) - D(t.Second)))));
        }, "math");
        return m;
    }

    private static PyObject RoundTo(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyInt i) return NumberMethods.Plain(i);
        if (x is not PyFloat && x.Type.Lookup(dunder) is { } m) return Ops.CallWithSelf(m, x, []);
        return NumberMethods.FromDouble(f(D(x)));
    }

    private static double Erf(double x)
    {
        // Abramowitz-Stegun 7.1.26 refined with a series for small |x|.
        if (Math.Abs(x) < 2)
        {
            double sum = x, term = x, x2 = x * x;
            for (int n = 1; n < 60; n++)
            {
                term *= -x2 / n;
                sum += term / (2 * n + 1);
            }
            return 2 / Math.Sqrt(Math.PI) * sum;
        }
        double t = 1 / (1 + 0.5 * Math.Abs(x));
        double y = 1 - t * Math.Exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? y : -y;
    }

    private static double Gamma(double x)
    {
        if (x == Math.Floor(x) && x > 0 && x < 171)
        {
            double r = 1;
            for (int i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}
