using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Python <c>int</c> (and <c>bool</c>, whose two instances have <see cref="PyTypes.Bool"/> as type).
/// Values that fit a <see cref="long"/> live in <see cref="Value"/>; others in <see cref="Big"/>.
/// -5..256 are cached, as in CPython, so identity behaves the same.
/// </summary>
public sealed class PyInt : PyObject
{
    public readonly long Value;
    // A boxed BigInteger when the value does not fit a long. Why boxed: a BigInteger? field is 24
    // bytes in every int object; a reference is 8, and big values are rare.
    private readonly object? _big;
    public BigInteger? Big => _big is BigInteger b ? b : null;

    private static readonly PyInt[] Small = CreateSmall();
    private static PyInt[] CreateSmall()
    {
        var a = new PyInt[262];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(PyTypes.Int, i - 5);
        return a;
    }

    public PyInt(PyType type, long v) : base(type) { Value = v; }
    public PyInt(PyType type, BigInteger v) : base(type)
    {
        if (v >= long.MinValue && v <= long.MaxValue) Value = (long)v;
        else _big = v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v) => (ulong)(v + 5) < 262UL ? Small[v + 5] : new PyInt(PyTypes.Int, v);

    public static PyInt From(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? From((long)v) : new PyInt(PyTypes.Int, v);

    public static PyInt From(int v) => From((long)v);

    public bool IsBig => _big != null;
    public BigInteger AsBig => Big ?? Value;
    public bool IsZero => _big == null && Value == 0;
    public int Sign => Big.HasValue ? Big.Value.Sign : Math.Sign(Value);

    // CPython 3.11: Objects/longobject.c long_hash (modulus 2**61-1).
    public long Hash
    {
        get
        {
            const long M = (1L << 61) - 1;
            long h;
            if (!Big.HasValue)
            {
                long v = Value;
                if (v == long.MinValue) h = -(long)(((ulong)1 << 63) % (ulong)M);
                else
                {
                    h = Math.Abs(v) % M;
                    if (v < 0) h = -h;
                }
            }
            else
            {
                var b = Big.Value;
                var r = BigInteger.Remainder(BigInteger.Abs(b), M);
                h = (long)r;
                if (b.Sign < 0) h = -h;
            }
            return h == -1 ? -2 : h;
        }
    }
}

public sealed class PyFloat : PyObject
{
    /// <summary>
    /// CPython's NaN (sign bit clear). .NET's double.NaN is 0/0, which on x86 is the negative "default
    /// NaN": math.copysign(1.0, float('nan')) would then give -1.0.
    /// </summary>
    public static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    public readonly double Value;
    public PyFloat(double v) : base(PyTypes.Float) { Value = v; }
    public PyFloat(PyType t, double v) : base(t) { Value = v; }
}

public sealed class PyComplex : PyObject
{
    public readonly Complex Value;
    public PyComplex(Complex v) : base(PyTypes.Complex) { Value = v; }
    public PyComplex(PyType t, Complex v) : base(t) { Value = v; }
}
