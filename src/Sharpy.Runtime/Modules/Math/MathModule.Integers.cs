using System.Numerics;
using Sharpy.Runtime.Modules.MathSupport;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

public static partial class MathModule
{
    private static BigInteger Int(PyObject o) => Ops.Index(o).AsBig;

    private static void DefIntegers(PyDict d)
    {
        d.DefFunction("isqrt", (a, k) =>
        {
            OneArg("isqrt", a, k);
            var n = Int(a[0]);
            if (n.Sign < 0) throw new PythonException(PyExc.ValueError("isqrt() argument must be nonnegative"));
            return PyInt.From(MathInteger.ISqrt(n));
        }, "math");
        d.DefFunction("factorial", (a, k) =>
        {
            OneArg("factorial", a, k);
            var n = Ops.Index(a[0]);
            if (n.IsBig)
            {
                if (n.Sign < 0) throw new PythonException(PyExc.ValueError("factorial() not defined for negative values"));
                throw new PythonException(PyExc.OverflowError("factorial() argument should not exceed 9223372036854775807"));
            }
            if (n.Value < 0) throw new PythonException(PyExc.ValueError("factorial() not defined for negative values"));
            return PyInt.From(MathInteger.Factorial(n.Value));
        }, "math");
        d.DefFunction("gcd", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("gcd() takes no keyword arguments"));
            BigInteger g = BigInteger.Zero;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, Int(x));
            return PyInt.From(g);
        }, "math");
        d.DefFunction("lcm", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("lcm() takes no keyword arguments"));
            BigInteger l = BigInteger.One;
            bool zero = false;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Int(x)); // every argument is still type-checked after a zero
                if (zero) continue;
                if (v.IsZero) { zero = true; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(zero ? BigInteger.Zero : l);
        }, "math");
        d.DefFunction("comb", (a, k) =>
        {
            TwoArgs("comb", a, k);
            var n = Int(a[0]); var r = Int(a[1]);
            if (n.Sign < 0) throw new PythonException(PyExc.ValueError("n must be a non-negative integer"));
            if (r.Sign < 0) throw new PythonException(PyExc.ValueError("k must be a non-negative integer"));
            if (r > n) return PyInt.From(0);
            var small = BigInteger.Min(r, n - r);
            if (small > long.MaxValue) throw new PythonException(PyExc.OverflowError("min(n - k, k) must not exceed 9223372036854775807"));
            return PyInt.From(MathInteger.Comb(n, r));
        }, "math");
        d.DefFunction("perm", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("perm() takes no keyword arguments"));
            if (a.Length < 1) throw new PythonException(PyExc.TypeError($"perm expected at least 1 argument, got {a.Length}"));
            if (a.Length > 2) throw new PythonException(PyExc.TypeError($"perm expected at most 2 arguments, got {a.Length}"));
            var n = Int(a[0]);
            if (a.Length == 1 || a[1] is PyNone)
            {
                // CPython's perm(n) simply delegates to factorial(n), so its errors name factorial().
                if (n.Sign < 0) throw new PythonException(PyExc.ValueError("factorial() not defined for negative values"));
                if (n > long.MaxValue) throw new PythonException(PyExc.OverflowError("factorial() argument should not exceed 9223372036854775807"));
                return PyInt.From(MathInteger.Factorial((long)n));
            }
            var r = Int(a[1]);
            if (n.Sign < 0) throw new PythonException(PyExc.ValueError("n must be a non-negative integer"));
            if (r.Sign < 0) throw new PythonException(PyExc.ValueError("k must be a non-negative integer"));
            if (r > n) return PyInt.From(0);
            if (r > long.MaxValue) throw new PythonException(PyExc.OverflowError("k must not exceed 9223372036854775807"));
            return PyInt.From(MathInteger.Perm(n, r));
        }, "math");
    }
}
