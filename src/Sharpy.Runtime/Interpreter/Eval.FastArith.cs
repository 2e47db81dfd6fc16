using System.Runtime.CompilerServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Interpreter;

/// <summary>
/// Fast paths of BINARY_OP and COMPARE_OP for exact ints that fit a long and exact floats: the cases
/// numeric programs spend their time in. Anything else (subclasses, big ints, overflow, division by
/// zero, other operators) returns null and takes the full protocol in <see cref="Ops"/>.
/// </summary>
public static partial class Eval
{
    // CPython 3.11 NB_* operator numbers (BINARY_OP's argument); in-place forms are +13.
    private const int NbAdd = 0, NbAnd = 1, NbFloorDivide = 2, NbLshift = 3, NbOr = 7, NbRshift = 9, NbXor = 12, NbMultiply = 5, NbRemainder = 6, NbPower = 8, NbSubtract = 10, NbTrueDivide = 11, NbInplace = 13;

    private static PyObject? FastBinary(PyObject a, PyObject b, int op)
    {
        if (op >= NbInplace) op -= NbInplace;
        var intType = PyTypes.Int;
        var floatType = PyTypes.Float;
        if (a is PyInt ia && ReferenceEquals(a.Type, intType))
        {
            if (b is PyInt ib && ReferenceEquals(b.Type, intType) && !ia.IsBig && !ib.IsBig)
            {
                long x = ia.Value, y = ib.Value;
                switch (op)
                {
                    case NbAdd:
                    {
                        long r = x + y;
                        return ((x ^ r) & (y ^ r)) >= 0 ? PyInt.From(r) : null;
                    }
                    case NbSubtract:
                    {
                        long r = x - y;
                        return ((x ^ y) & (x ^ r)) >= 0 ? PyInt.From(r) : null;
                    }
                    case NbMultiply:
                    {
                        Int128 r = (Int128)x * y;
                        return r >= long.MinValue && r <= long.MaxValue ? PyInt.From((long)r) : null;
                    }
                    case NbAnd: return PyInt.From(x & y);
                    case NbOr: return PyInt.From(x | y);
                    case NbXor: return PyInt.From(x ^ y);
                    case NbRshift when y >= 0: return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                    case NbLshift when y >= 0 && y < 63:
                    {
                        long r = x << (int)y;
                        return r >> (int)y == x ? PyInt.From(r) : null;
                    }
                    case NbFloorDivide or NbRemainder when y != 0 && !(x == long.MinValue && y == -1):
                    {
                        // Python rounds the quotient toward minus infinity; the remainder takes y's sign.
                        long q = x / y, r = x % y;
                        if (r != 0 && (r ^ y) < 0) { r += y; q--; }
                        return PyInt.From(op == NbFloorDivide ? q : r);
                    }
                }
                return null;
            }
            if (b is PyFloat fb && ReferenceEquals(b.Type, floatType) && !ia.IsBig)
                return FloatArith(ia.Value, fb.Value, op);
            return null;
        }
        if (a is PyFloat fa && ReferenceEquals(a.Type, floatType))
        {
            if (b is PyFloat fb2 && ReferenceEquals(b.Type, floatType)) return FloatArith(fa.Value, fb2.Value, op);
            if (b is PyInt ib2 && ReferenceEquals(b.Type, intType) && !ib2.IsBig) return FloatArith(fa.Value, ib2.Value, op);
        }
        return null;
    }

    // Inlined into FastBinary: one call per float operation instead of two.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyFloat? FloatArith(double x, double y, int op) => op switch
    {
        NbAdd => new PyFloat(x + y),
        NbSubtract => new PyFloat(x - y),
        NbMultiply => new PyFloat(x * y),
        NbTrueDivide when y != 0.0 => new PyFloat(x / y),
        // Positive finite base: no complex results, no domain errors; an overflow (infinite result)
        // takes the full path, which raises OverflowError as CPython does.
        NbPower when x > 0 && double.IsFinite(x) && double.IsFinite(y) => FinitePow(x, y),
        _ => null,
    };

    private static PyFloat? FinitePow(double x, double y)
    {
        double r = Math.Pow(x, y);
        return double.IsFinite(r) ? new PyFloat(r) : null;
    }

    /// <summary>container[k] for BINARY_SUBSCR and the fused subscripts; null for a key an exact dict lacks, which the
    /// loop raises as KeyError by value (missing keys are common control flow: no .NET exception from Ops.GetItem).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? Subscript(PyObject container, PyObject k)
    {
        if (container is PyDict dict && ReferenceEquals(container.Type, PyTypes.Dict)) return dict.GetItem(k);
        return FastSubscript(container, k) ?? Ops.GetItem(container, k);
    }

    /// <summary>BINARY_SUBSCR for exact lists and tuples indexed by a long-sized int; null otherwise.</summary>
    private static PyObject? FastSubscript(PyObject container, PyObject key)
    {
        if (key is not PyInt ki || ki.IsBig || !ReferenceEquals(key.Type, PyTypes.Int)) return null;
        long i = ki.Value;
        if (container is PyList l && ReferenceEquals(container.Type, PyTypes.List))
        {
            if (i < 0) i += l.Count;
            return (ulong)i < (ulong)l.Count ? l.Items[i] : null;
        }
        if (container is PyTuple t && ReferenceEquals(container.Type, PyTypes.Tuple))
        {
            var items = t.Items;
            if (i < 0) i += items.Length;
            return (ulong)i < (ulong)items.Length ? items[i] : null;
        }
        return null;
    }

    /// <summary>STORE_SUBSCR <c>c[k] = v</c> (exact lists indexed by a long-sized int without the protocol); true when
    /// the store dropped the last reference to an object with <c>__del__</c> and the loop must trampoline.</summary>
    private static bool StoreSubscript(Frame f, int sp, PyObject c, PyObject k, PyObject v)
    {
        var replaced = ItemAboutToDrop(c, k);
        if (c is PyList l && ReferenceEquals(c.Type, PyTypes.List) && k is PyInt ki && !ki.IsBig)
        {
            long i = ki.Value;
            if (i < 0) i += l.Count;
            if ((ulong)i < (ulong)l.Count) l.SetAt((int)i, v);
            else Ops.SetItem(c, k, v);
        }
        else Ops.SetItem(c, k, v);
        return replaced != null && DroppedHere(f, sp, replaced, Finalization.DropSite.Container);
    }

    private static bool ExactInDouble(long v) => (ulong)(v + (1L << 53)) <= (1UL << 54);

    /// <summary>COMPARE_OP for exact long-sized ints and exact floats; null otherwise.</summary>
    private static PyObject? FastCompare(PyObject a, PyObject b, int op)
    {
        var intType = PyTypes.Int;
        var floatType = PyTypes.Float;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && a.Type.IsBuiltin && b.Type.IsBuiltin)
            return Py.Bool(Ops.CmpResult(ia.Value.CompareTo(ib.Value), op));
        if (a is PyFloat fa && ReferenceEquals(a.Type, floatType))
        {
            if (b is PyFloat fb && ReferenceEquals(b.Type, floatType)) return Py.Bool(Ops.FloatCmp(fa.Value, fb.Value, op));
            // Ints below 2**53 convert to double exactly, so the float comparison is the exact one.
            if (b is PyInt ib2 && ReferenceEquals(b.Type, intType) && !ib2.IsBig && ExactInDouble(ib2.Value))
                return Py.Bool(Ops.FloatCmp(fa.Value, ib2.Value, op));
        }
        else if (b is PyFloat fb3 && ReferenceEquals(b.Type, floatType) && a is PyInt ia3 && ReferenceEquals(a.Type, intType)
                 && !ia3.IsBig && ExactInDouble(ia3.Value))
            return Py.Bool(Ops.FloatCmp(ia3.Value, fb3.Value, op));
        return null;
    }
}
