using Sharpy.Runtime.Modules.MathSupport;
using Sharpy.Runtime.Objects;
using M = System.Math;

namespace Sharpy.Runtime.Modules;

public static partial class MathModule
{
    private static void DefSums(PyDict d)
    {
        d.DefFunction("fsum", (a, k) => { OneArg("fsum", a, k); return new PyFloat(FSum(a[0])); }, "math");
        d.DefFunction("prod", (a, k) =>
        {
            int npos = a.Length - (k?.Length ?? 0);
            if (npos > 1) throw new PythonException(PyExc.TypeError($"prod() takes exactly 1 positional argument ({npos} given)"));
            var p = ArgParser.Parse("prod", a, k, ["iterable"], ["start"], 1, posOnlyCount: 1);
            PyObject acc = p[1] ?? PyInt.From(1);
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.Mul(acc, x);
            return acc;
        }, "math");
        d.DefFunction("hypot", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("math.hypot() takes no keyword arguments"));
            var coords = new double[a.Length];
            double max = 0.0;
            bool foundNan = false;
            for (int i = 0; i < a.Length; i++)
            {
                double x = M.Abs(D(a[i]));
                coords[i] = x;
                foundNan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(MathSpecial.VectorNorm(coords, max, foundNan));
        }, "math");
        d.DefFunction("dist", (a, k) =>
        {
            TwoArgs("dist", a, k);
            var p = a[0] is PyTuple pt ? pt.Items.ToArray() : Ops.ToArray(a[0]);
            var q = a[1] is PyTuple qt ? qt.Items.ToArray() : Ops.ToArray(a[1]);
            if (p.Length != q.Length) throw new PythonException(PyExc.ValueError("both points must have the same number of dimensions"));
            var diffs = new double[p.Length];
            double max = 0.0;
            bool foundNan = false;
            for (int i = 0; i < p.Length; i++)
            {
                double x = M.Abs(D(p[i]) - D(q[i]));
                diffs[i] = x;
                foundNan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return new PyFloat(MathSpecial.VectorNorm(diffs, max, foundNan));
        }, "math");
    }

    // CPython 3.11: Modules/mathmodule.c math_fsum (Shewchuk's exact partials, then correctly
    // rounded: the final half-way case is resolved by looking at the next partial).
    private static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        foreach (var item in Ops.Iterate(iterable))
        {
            double x = D(item), xsave = x;
            int n = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (M.Abs(x) < M.Abs(y)) (x, y) = (y, x);
                double hi = x + y, lo = y - (hi - x);
                if (lo != 0.0) partials[n++] = lo;
                x = hi;
            }
            partials.RemoveRange(n, partials.Count - n);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    // A non-finite partial sum from finite inputs is an overflow; infinities and NaNs
                    // in the input are summed separately.
                    if (double.IsFinite(xsave)) throw new PythonException(PyExc.OverflowError("intermediate overflow in fsum"));
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw new PythonException(PyExc.ValueError("-inf + inf in fsum"));
            return specialSum;
        }
        int k = partials.Count;
        double sum = 0.0;
        if (k > 0)
        {
            double lo = 0.0;
            sum = partials[--k];
            while (k > 0)
            {
                double x = sum, y = partials[--k];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0)))
            {
                double y = lo * 2.0, x = sum + y, yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }
}
