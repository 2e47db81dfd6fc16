using System.Numerics;
using Sharpy.Runtime.Modules.MathSupport;
using Sharpy.Runtime.Objects;
using M = System.Math;

namespace Sharpy.Runtime.Modules;

public static partial class MathModule
{
    // CPython 3.11: Modules/mathmodule.c m_log / m_log2 / m_log10 (explicit special values).
    private static double LogOf(double x, Func<double, double> f)
    {
        if (double.IsFinite(x))
        {
            if (x > 0.0) return f(x);
            throw DomainError(); // log(0) is a pole, log(negative) invalid: both "math domain error"
        }
        if (double.IsNaN(x) || x > 0) return x;
        throw DomainError();
    }

    // CPython 3.11: Modules/mathmodule.c loghelper. Ints too big for a double are split as m * 2**e.
    private static double LogHelper(PyObject arg, Func<double, double> f)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            if (i.IsBig)
            {
                var big = i.AsBig;
                double asDouble = MathInteger.ToDouble(big);
                if (double.IsInfinity(asDouble))
                {
                    double mant = MathInteger.Frexp(big, out long e);
                    return f(mant) + f(2.0) * e;
                }
                return LogOf(asDouble, f);
            }
            return LogOf(i.Value, f);
        }
        return LogOf(D(arg), f);
    }

    private static void DefLogs(PyDict d)
    {
        d.DefFunction("log", (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError("log() takes no keyword arguments"));
            if (a.Length < 1 || a.Length > 2) throw new PythonException(PyExc.TypeError("math.log requires 1 to 2 arguments"));
            double num = LogHelper(a[0], M.Log);
            if (a.Length == 1) return new PyFloat(num);
            double den = LogHelper(a[1], M.Log);
            if (den == 0.0) throw new PythonException(PyExc.ZeroDivisionError("float division by zero"));
            return new PyFloat(num / den);
        }, "math");
        d.DefFunction("log2", (a, k) => { OneArg("log2", a, k); return new PyFloat(LogHelper(a[0], M.Log2)); }, "math");
        d.DefFunction("log10", (a, k) => { OneArg("log10", a, k); return new PyFloat(LogHelper(a[0], M.Log10)); }, "math");
    }
}
