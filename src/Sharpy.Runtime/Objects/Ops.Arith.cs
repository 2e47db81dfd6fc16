using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>BINARY_OP operator numbers (CPython's NB_*).</summary>
public enum BinOp
{
    Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6, Or = 7,
    Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, // ... in-place forms are op + 13
}

public static partial class Ops
{
    private static readonly string[] BinSymbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
    private static readonly string[] BinNames = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
    private static readonly string[] DunderOp = BinNames.Select(n => $"__{n}__").ToArray();
    private static readonly string[] DunderROp = BinNames.Select(n => $"__r{n}__").ToArray();
    private static readonly string[] DunderIOp = BinNames.Select(n => $"__i{n}__").ToArray();

    public static string BinOpSymbol(int op) => op >= 13 ? BinSymbols[op - 13] + "=" : BinSymbols[op];

    /// <summary>BINARY_OP: fast paths for exact int/float/str, then the generic protocol.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        if (a is PyInt ia && b is PyInt ib && ReferenceEquals(a.Type, PyTypes.Int) && ReferenceEquals(b.Type, PyTypes.Int))
        {
            var r = IntOps.Binary(ia, ib, op >= 13 ? op - 13 : op);
            if (r != null) return r;
        }
        else if (a is PyFloat fa && ReferenceEquals(a.Type, PyTypes.Float))
        {
            if (b is PyFloat fb && ReferenceEquals(b.Type, PyTypes.Float))
            {
                var r = FloatOps.Binary(fa.Value, fb.Value, op >= 13 ? op - 13 : op);
                if (r != null) return r;
            }
        }
        else if (a is PyStr sa && b is PyStr sb && ReferenceEquals(a.Type, PyTypes.Str) && ReferenceEquals(b.Type, PyTypes.Str)
                 && (op == 0 || op == 13))
            return PyStrBuilder.Concat(sa, sb);

        if (op >= 13)
        {
            int bop = op - 13;
            var im = a.Type.Lookup(DunderIOp[bop]);
            if (im != null && im is not PyNone)
            {
                var r = CallWithSelf(im, a, [b]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
            return Binary(a, b, bop, BinSymbols[bop] + "=");
        }
        return Binary(a, b, op, BinSymbols[op]);
    }

    /// <summary>
    /// The Python function the eval loop may run as a frame for BINARY_OP <paramref name="op"/> on
    /// (<paramref name="a"/>, <paramref name="b"/>), or null when the native protocol must run. It is
    /// <c>a.__iop__</c> (in-place forms) or <c>a.__op__</c>, only where the protocol calls it first; should it
    /// answer NotImplemented, <see cref="BinaryAfterNotImplemented"/> finishes the protocol.
    /// </summary>
    public static PyFunction? BinaryDunderFunction(PyObject a, PyObject b, int op, out bool inplaceMethod)
    {
        inplaceMethod = false;
        var ta = a.Type;
        // Builtin types and the sequences whose concatenation/repeat rules Binary special-cases stay native.
        if (ta.IsBuiltin) return null;
        if (!ReferenceEquals(ta.SolidBase, PyTypes.Object) && a is PyStr or PyList or PyTuple or PyBytes or PyByteArray) return null;
        int bop = op;
        if (op >= 13)
        {
            bop = op - 13;
            var im = ta.Lookup(DunderIOpName[bop]);
            if (im != null && im is not PyNone)
            {
                inplaceMethod = true;
                return PlainFunction(im);
            }
        }
        var tb = b.Type;
        // A right operand of a subclass type may get its reflected method called first.
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta)) return null;
        return PlainFunction(ta.Lookup(DunderOpName[bop]));
    }

    // Interned names: PyType.Lookup(PyStr) answers from a small per-type table without hashing the string.
    private static readonly PyStr[] DunderOpName = BinNames.Select(n => PyStr.Intern($"__{n}__")).ToArray();
    private static readonly PyStr[] DunderIOpName = BinNames.Select(n => PyStr.Intern($"__i{n}__")).ToArray();

    private static PyFunction? PlainFunction(PyObject? o) =>
        o is PyFunction pf && !pf.Code.Info.IsGenerator && !pf.Code.Info.IsCoroutine && !pf.Code.Info.IsAsyncGenerator ? pf : null;

    /// <summary>
    /// BINARY_OP after the function chosen by <see cref="BinaryDunderFunction"/> returned NotImplemented:
    /// the in-place method falls back to the whole binary protocol, <c>a.__op__</c> to <c>b.__rop__</c> and
    /// then the TypeError, as TryBinary would have gone on.
    /// </summary>
    public static PyObject BinaryAfterNotImplemented(PyObject a, PyObject b, int op, bool inplaceMethod)
    {
        int bop = op >= 13 ? op - 13 : op;
        string symbol = BinOpSymbol(op);
        if (inplaceMethod) return Binary(a, b, bop, symbol);
        if (!ReferenceEquals(a.Type, b.Type))
        {
            var fb = b.Type.Lookup(DunderROp[bop]);
            if (fb != null && fb is not PyNone)
            {
                var r = CallWithSelf(fb, b, [a]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
        }
        return BinaryUnsupported(a, b, bop, symbol);
    }

    /// <summary>CPython 3.11: Objects/abstract.c binary_op1 (with the reflected-subclass rule).</summary>
    private static PyObject Binary(PyObject a, PyObject b, int op, string symbol)
    {
        var r = TryBinary(a, b, op);
        if (r != null) return r;
        return BinaryUnsupported(a, b, op, symbol);
    }

    /// <summary>Both operands answered NotImplemented: the TypeError CPython raises for the operator.</summary>
    private static PyObject BinaryUnsupported(PyObject a, PyObject b, int op, string symbol)
    {
        if (op == 0 && (a is PyStr || a is PyList || a is PyTuple) && !a.Type.IsSubtypeOf(b.Type))
        {
            string tn = a is PyStr ? "str" : a is PyList ? "list" : "tuple";
            throw new PythonException(PyExc.TypeError($"can only concatenate {tn} (not \"{b.Type.Name}\") to {tn}"));
        }
        // In-place power names only "**=" (CPython's ternary_op gets the in-place spelling alone).
        if (op == (int)BinOp.Power && symbol == "**")
            throw new PythonException(PyExc.TypeError($"unsupported operand type(s) for {symbol} or pow(): '{a.Type.TpName}' and '{b.Type.TpName}'"));
        if (op == (int)BinOp.RShift && a is PyBuiltinFunction { Name: "print" })
            throw new PythonException(PyExc.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.TpName}' and '{b.Type.TpName}'. Did you mean \"print(<message>, file=<output_stream>)\"?"));
        throw new PythonException(PyExc.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.TpName}' and '{b.Type.TpName}'"));
    }

    public static PyObject? TryBinary(PyObject a, PyObject b, int op)
    {
        var ta = a.Type; var tb = b.Type;
        var fa = ta.Lookup(DunderOp[op]);
        PyObject? fb = null;
        if (!ReferenceEquals(ta, tb))
        {
            fb = tb.Lookup(DunderROp[op]);
            if (fb != null && ReferenceEquals(fb, ta.Lookup(DunderROp[op])) && tb.IsSubtypeOf(ta) == false) { }
        }
        if (fb is PyNone) fb = null;
        if (fa is PyNone) fa = null;
        if (fb != null && tb.IsSubtypeOf(ta) && !ReferenceEquals(fb, ta.Lookup(DunderROp[op])))
        {
            var r = CallWithSelf(fb, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            fb = null;
        }
        // CPython 3.11: sequences repeat through sq_repeat, tried only after both nb_multiply slots, so
        // `seq * x` reaches x.__rmul__ before the sequence's "can't multiply sequence by non-int".
        if (op == (int)BinOp.Multiply && fb != null && fa != null && a is PyStr or PyList or PyTuple or PyBytes or PyByteArray
            && b is not PyInt && tb.Lookup("__index__") == null && !IsBuiltinSequenceRepeat(fb))
        {
            var r = CallWithSelf(fb, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            fb = null;
        }
        if (fa != null)
        {
            var r = CallWithSelf(fa, a, [b]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (fb != null)
        {
            var r = CallWithSelf(fb, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return null;
    }

    /// <summary>
    /// A builtin sequence's __rmul__ is its sq_repeat, which CPython never calls for the right operand of
    /// `seq * seq`: the left sequence's repeat reports the right operand's type (`[0] * "3"` names 'str').
    /// </summary>
    private static bool IsBuiltinSequenceRepeat(PyObject rmul)
    {
        foreach (var t in new[] { PyTypes.Str, PyTypes.List, PyTypes.Tuple, PyTypes.Bytes, PyTypes.ByteArray })
            if (ReferenceEquals(rmul, t.Lookup("__rmul__"))) return true;
        return false;
    }

    public static PyObject Add(PyObject a, PyObject b) => BinaryOp(a, b, 0);
    public static PyObject Sub(PyObject a, PyObject b) => BinaryOp(a, b, 10);
    public static PyObject Mul(PyObject a, PyObject b) => BinaryOp(a, b, 5);

    public static PyObject Pow(PyObject a, PyObject b, PyObject? mod)
    {
        if (mod == null || mod is PyNone) return BinaryOp(a, b, (int)BinOp.Power);
        if (a is PyInt ia && b is PyInt ib && mod is PyInt im) return IntOps.PowMod(ia, ib, im);
        // CPython 3.11: complexobject.c complex_pow answers any three-argument pow involving a complex.
        if (a is PyInt or PyFloat or PyComplex && b is PyInt or PyFloat or PyComplex && mod is PyInt or PyFloat or PyComplex
            && (a is PyComplex || b is PyComplex || mod is PyComplex))
            throw new PythonException(PyExc.ValueError("complex modulo"));
        if (a is PyInt or PyFloat && b is PyInt or PyFloat && mod is PyInt or PyFloat)
            throw new PythonException(PyExc.TypeError("pow() 3rd argument not allowed unless all arguments are integers"));
        var m = a.Type.Lookup("__pow__");
        if (m != null)
        {
            var r = CallWithSelf(m, a, [b, mod]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        throw new PythonException(PyExc.TypeError($"unsupported operand type(s) for ** or pow(): '{a.Type.TpName}', '{b.Type.TpName}', '{mod.Type.TpName}'"));
    }

    public static PyObject Negative(PyObject a)
    {
        if (a is PyInt i && ReferenceEquals(a.Type, PyTypes.Int))
            return i.IsBig || i.Value == long.MinValue ? PyInt.From(-i.AsBig) : PyInt.From(-i.Value);
        if (a is PyFloat f && ReferenceEquals(a.Type, PyTypes.Float)) return new PyFloat(-f.Value);
        return Unary(a, "__neg__", "unary -");
    }

    public static PyObject Positive(PyObject a) => Unary(a, "__pos__", "unary +");
    public static PyObject Invert(PyObject a)
    {
        if (a is PyInt i && ReferenceEquals(a.Type, PyTypes.Int)) return i.IsBig ? PyInt.From(-i.AsBig - 1) : PyInt.From(~i.Value);
        return Unary(a, "__invert__", "unary ~");
    }

    private static PyObject Unary(PyObject a, string name, string what)
    {
        var m = a.Type.Lookup(name);
        if (m == null) throw new PythonException(PyExc.TypeError($"bad operand type for {what}: '{a.Type.TpName}'"));
        return CallWithSelf(m, a, []);
    }

    public static PyObject Abs(PyObject a)
    {
        var m = a.Type.Lookup("__abs__");
        if (m == null) throw new PythonException(PyExc.TypeError($"bad operand type for abs(): '{a.Type.TpName}'"));
        return CallWithSelf(m, a, []);
    }

    // ---- comparisons ----

    public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
    private static readonly string[] CmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly PyStr[] CmpNameStr = CmpNames.Select(PyStr.Intern).ToArray();
    private static readonly int[] CmpSwapped = [4, 5, 2, 3, 0, 1];
    private static readonly string[] CmpSymbols = ["<", "<=", "==", "!=", ">", ">="];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool RichEqBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        return IsTrue(RichCompare(a, b, 2));
    }

    /// <summary>CPython 3.11: Objects/object.c do_richcompare.</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, int op)
    {
        if (a is PyInt ia && b is PyInt ib && a.Type.IsBuiltin && b.Type.IsBuiltin)
        {
            int c = ia.IsBig || ib.IsBig ? ia.AsBig.CompareTo(ib.AsBig) : ia.Value.CompareTo(ib.Value);
            return Py.Bool(CmpResult(c, op));
        }
        if (a is PyStr sa && b is PyStr sb && a.Type.IsBuiltin && b.Type.IsBuiltin)
        {
            if (op == 2) return Py.Bool(sa.EqualsStr(sb)); // not Value ==: split surrogates (PyStr.FromSplitSurrogates)
            if (op == 3) return Py.Bool(!sa.EqualsStr(sb));
            return Py.Bool(CmpResult(StrOps.Compare(sa, sb), op));
        }
        if (a is PyFloat fa && b is PyFloat fb && a.Type.IsBuiltin && b.Type.IsBuiltin)
            return Py.Bool(FloatCmp(fa.Value, fb.Value, op));

        EnterNative(" in comparison");
        // Exact tuples and lists compare item by item without the __lt__ lookup and bound call: sorting records
        // (tuples) spent most of its time there (100,000 3-tuples: 8x CPython).
        if (a is PyTuple xt && b is PyTuple yt && ReferenceEquals(a.Type, PyTypes.Tuple) && ReferenceEquals(b.Type, PyTypes.Tuple))
        {
            try { return SeqHelpers.Compare(xt.Items, yt.Items, op); }
            finally { LeaveNative(); }
        }
        if (a is PyList xl && b is PyList yl && ReferenceEquals(a.Type, PyTypes.List) && ReferenceEquals(b.Type, PyTypes.List))
        {
            try { return SeqHelpers.Compare(xl.ToArray(), yl.ToArray(), op); }
            finally { LeaveNative(); }
        }
        try
        {
            var ta = a.Type; var tb = b.Type;
            bool checkedReverse = false;
            if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
            {
                var rm = tb.Lookup(CmpNames[CmpSwapped[op]]);
                if (rm != null && rm is not PyNone)
                {
                    checkedReverse = true;
                    var r = CallWithSelf(rm, b, [a]);
                    if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                }
            }
            var m = ta.Lookup(CmpNames[op]);
            if (m != null && m is not PyNone)
            {
                var r = CallWithSelf(m, a, [b]);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
            if (!checkedReverse)
            {
                var rm = tb.Lookup(CmpNames[CmpSwapped[op]]);
                if (rm != null && rm is not PyNone)
                {
                    var r = CallWithSelf(rm, b, [a]);
                    if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
                }
            }
            if (op == 2) return Py.Bool(ReferenceEquals(a, b));
            if (op == 3) return Py.Bool(!ReferenceEquals(a, b));
            throw new PythonException(PyExc.TypeError(
                $"'{CmpSymbols[op]}' not supported between instances of '{ta.TpName}' and '{tb.TpName}'"));
        }
        finally { LeaveNative(); }
    }

    /// <summary>
    /// The Python <c>a.__op__</c> the eval loop may run as a frame for COMPARE_OP <paramref name="op"/>, or null
    /// when the native protocol must run (builtin left operand, or a right operand of a subclass type, whose
    /// reflected method may go first). <see cref="CompareAfterNotImplemented"/> finishes the protocol.
    /// </summary>
    public static PyFunction? CompareDunderFunction(PyObject a, PyObject b, int op)
    {
        var ta = a.Type;
        if (ta.IsBuiltin) return null;
        var tb = b.Type;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta)) return null;
        return PlainFunction(ta.Lookup(CmpNameStr[op]));
    }

    /// <summary>COMPARE_OP after <c>a.__op__</c> (from <see cref="CompareDunderFunction"/>) returned
    /// NotImplemented: the reflected method, then identity for ==/!=, else the TypeError (do_richcompare).</summary>
    public static PyObject CompareAfterNotImplemented(PyObject a, PyObject b, int op)
    {
        var rm = b.Type.Lookup(CmpNames[CmpSwapped[op]]);
        if (rm != null && rm is not PyNone)
        {
            var r = CallWithSelf(rm, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (op == 2) return Py.Bool(ReferenceEquals(a, b));
        if (op == 3) return Py.Bool(!ReferenceEquals(a, b));
        throw new PythonException(PyExc.TypeError(
            $"'{CmpSymbols[op]}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'"));
    }

    public static bool CompareBool(PyObject a, PyObject b, int op) => IsTrue(RichCompare(a, b, op));

    public static bool CmpResult(int c, int op) => op switch
    {
        0 => c < 0, 1 => c <= 0, 2 => c == 0, 3 => c != 0, 4 => c > 0, _ => c >= 0,
    };

    public static bool FloatCmp(double x, double y, int op) => op switch
    {
        0 => x < y, 1 => x <= y, 2 => x == y, 3 => x != y, 4 => x > y, _ => x >= y,
    };

    /// <summary>Less-than for sorting (list.sort, sorted, min, max).</summary>
    public static bool LessThan(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && a.Type.IsBuiltin && b.Type.IsBuiltin)
            return ia.IsBig || ib.IsBig ? ia.AsBig < ib.AsBig : ia.Value < ib.Value;
        if (a is PyStr sa && b is PyStr sb && a.Type.IsBuiltin && b.Type.IsBuiltin) return StrOps.Compare(sa, sb) < 0;
        if (a is PyFloat fa && b is PyFloat fb && a.Type.IsBuiltin && b.Type.IsBuiltin) return fa.Value < fb.Value;
        return IsTrue(RichCompare(a, b, 0));
    }

    /// <summary>Greater-than as max() asks it (item &gt; current best), so its errors name '&gt;' as CPython's do.</summary>
    public static bool GreaterThan(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && a.Type.IsBuiltin && b.Type.IsBuiltin)
            return ia.IsBig || ib.IsBig ? ia.AsBig > ib.AsBig : ia.Value > ib.Value;
        if (a is PyStr sa && b is PyStr sb && a.Type.IsBuiltin && b.Type.IsBuiltin) return StrOps.Compare(sa, sb) > 0;
        if (a is PyFloat fa && b is PyFloat fb && a.Type.IsBuiltin && b.Type.IsBuiltin) return fa.Value > fb.Value;
        return IsTrue(RichCompare(a, b, 4));
    }

    public static BigInteger BigOf(PyObject o) => ((PyInt)o).AsBig;
}

public static partial class Ops
{
    /// <summary>Binary dispatch by explicit dunder names (divmod and friends).</summary>
    public static PyObject? TryBinaryNamed(PyObject a, PyObject b, string name, string rname)
    {
        var ta = a.Type; var tb = b.Type;
        var fa = ta.Lookup(name);
        var fb = ReferenceEquals(ta, tb) ? null : tb.Lookup(rname);
        if (fb != null && tb.IsSubtypeOf(ta))
        {
            var r = CallWithSelf(fb, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            fb = null;
        }
        if (fa != null)
        {
            var r = CallWithSelf(fa, a, [b]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (fb != null)
        {
            var r = CallWithSelf(fb, b, [a]);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        return null;
    }
}
