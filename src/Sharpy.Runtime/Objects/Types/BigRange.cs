using System.Numerics;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// A <c>range</c> whose bounds or length do not fit in 64 bits (CPython 3.11 Objects/rangeobject.c keeps
/// Python ints for start/stop/step/length). Ordinary ranges stay <see cref="PyRange"/>; both have type
/// <c>range</c> and the methods in <see cref="MiscTypeMethods"/> dispatch here for this one.
/// </summary>
public sealed class PyBigRange : PyObject
{
    public readonly BigInteger Start, Stop, Step, Length;

    public PyBigRange(BigInteger start, BigInteger stop, BigInteger step) : base(PyTypes.Range)
    {
        Start = start; Stop = stop; Step = step;
        Length = LengthOf(start, stop, step);
    }

    // CPython 3.11: rangeobject.c compute_range_length
    public static BigInteger LengthOf(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>range(start, stop, step): a <see cref="PyRange"/> when everything fits in 64 bits.</summary>
    public static PyObject Make(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (Fits(start) && Fits(stop) && Fits(step) && Fits(LengthOf(start, stop, step)))
            return new PyRange((long)start, (long)stop, (long)step);
        return new PyBigRange(start, stop, step);
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    /// <summary>(start, stop, step, length) of either kind of range.</summary>
    public static (BigInteger Start, BigInteger Stop, BigInteger Step, BigInteger Length) View(PyObject r) => r switch
    {
        PyBigRange b => (b.Start, b.Stop, b.Step, b.Length),
        PyRange s => (s.Start, s.Stop, s.Step, LengthOf(s.Start, s.Stop, s.Step)),
        _ => throw new PythonException(PyExc.TypeError($"descriptor requires a 'range' object but received '{r.Type.Name}'")),
    };

    private BigInteger At(BigInteger i) => Start + i * Step;

    public PyObject Len()
    {
        if (!Fits(Length)) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C ssize_t"));
        return PyInt.From(Length);
    }

    public string Repr() => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";

    public bool Contains(PyObject x)
    {
        if (x is PyInt xi && x.Type.IsBuiltin)
        {
            var v = xi.AsBig;
            if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop) return false;
            return BigInteger.Remainder(v - Start, Step).IsZero;
        }
        for (BigInteger i = 0; i < Length; i++) if (Ops.RichEqBool(PyInt.From(At(i)), x)) return true;
        return false;
    }

    public PyObject Index(PyObject x)
    {
        if (x is PyInt xi && (ReferenceEquals(x.Type, PyTypes.Int) || ReferenceEquals(x.Type, PyTypes.Bool)))
        {
            if (Contains(x)) return PyInt.From((xi.AsBig - Start) / Step);
            throw new PythonException(PyExc.ValueError($"{Ops.ReprString(x)} is not in range"));
        }
        for (BigInteger i = 0; i < Length; i++) if (Ops.RichEqBool(PyInt.From(At(i)), x)) return PyInt.From(i);
        throw new PythonException(PyExc.ValueError("sequence.index(x): x not in sequence"));
    }

    public PyObject GetItem(PyObject key)
    {
        if (key is PySlice sl) return Slice(sl);
        if (key is not PyInt && key.Type.Lookup("__index__") == null) Ops.AsIndex(key, "range");  // the TypeError
        var i = Ops.Index(key).AsBig;
        if (i < 0) i += Length;
        if (i < 0 || i >= Length) throw new PythonException(PyExc.IndexError("range object index out of range"));
        return PyInt.From(At(i));
    }

    // CPython 3.11: rangeobject.c compute_slice with _PySlice_GetLongIndices.
    private PyObject Slice(PySlice sl)
    {
        BigInteger step = sl.Step is PyNone ? BigInteger.One : AsBig(sl.Step);
        if (step.IsZero) throw new PythonException(PyExc.ValueError("slice step cannot be zero"));
        bool neg = step < 0;
        BigInteger lower = neg ? -1 : 0, upper = neg ? Length - 1 : Length;
        BigInteger Clamp(PyObject o, BigInteger dflt)
        {
            if (o is PyNone) return dflt;
            var v = AsBig(o);
            if (v < 0) { v += Length; if (v < lower) v = lower; }
            else if (v > upper) v = upper;
            return v;
        }
        var start = Clamp(sl.Start, neg ? upper : lower);
        var stop = Clamp(sl.Stop, neg ? lower : upper);
        return Make(At(start), At(stop), Step * step);
    }

    private static BigInteger AsBig(PyObject o) => Ops.Index(o).AsBig;

    public PyIterator Iter(bool reversed) =>
        reversed ? new BigRangeIterator(At(Length - 1), -Step, Length) : new BigRangeIterator(Start, Step, Length);

    public static bool Equal(PyObject a, PyObject b)
    {
        var x = View(a); var y = View(b);
        if (x.Length != y.Length) return false;
        if (x.Length.IsZero) return true;
        if (x.Start != y.Start) return false;
        return x.Length.IsOne || x.Step == y.Step;
    }

    public static long Hash(PyObject a)
    {
        var x = View(a);
        var t = x.Length.IsZero ? PyTuple.Of(PyInt.From(0), PyNone.Instance, PyNone.Instance)
            : x.Length.IsOne ? PyTuple.Of(PyInt.From(1), PyInt.From(x.Start), PyNone.Instance)
            : PyTuple.Of(PyInt.From(x.Length), PyInt.From(x.Start), PyInt.From(x.Step));
        return TupleMethods.Hash(t);
    }
}

/// <summary>CPython's longrangeiterator: a range iterator with unbounded ints.</summary>
public sealed class BigRangeIterator : PyIterator, ILengthHint
{
    public BigInteger Remaining => BigInteger.Max(0, _remaining);
    private BigInteger _next, _remaining;
    private readonly BigInteger _step;

    public BigRangeIterator(BigInteger start, BigInteger step, BigInteger length) : base(PyTypes.RangeIterator)
    {
        _next = start; _step = step; _remaining = length;
    }

    public override PyObject? Next()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        var v = _next;
        _next += _step;
        return PyInt.From(v);
    }
}
