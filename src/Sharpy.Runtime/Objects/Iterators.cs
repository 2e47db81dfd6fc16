using System.Numerics;

namespace Sharpy.Runtime.Objects;

/// <summary>Base of native iterators: <see cref="Next"/> returns null when exhausted (no exception).</summary>
public abstract class PyIterator : PyObject
{
    protected PyIterator(PyType t) : base(t) { }
    public abstract PyObject? Next();
}

/// <summary>Iterator over a list/tuple, or any object with __getitem__ (the sequence protocol).</summary>
public sealed class PySeqIterator : PyIterator
{
    private PyObject? _seq;
    private int _index;
    public PySeqIterator(PyType t, PyObject seq) : base(t) { _seq = seq; }

    public override PyObject? Next()
    {
        switch (_seq)
        {
            case null: return null;
            case PyList l:
                if (_index < l.Count) return l.Items[_index++];
                break;
            case PyTuple t:
                if (_index < t.Items.Length) return t.Items[_index++];
                break;
            default:
                try { return Ops.GetItem(_seq, PyInt.From(_index++)); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.IndexErrorType) || e.Value.IsInstance(PyExc.StopIterationType)) { }
                break;
        }
        // An exhausted `for` loop's iterator may hold the last reference to its sequence (`for x in [Obj()]`).
        if (Finalization.Live != 0 && _seq is PyList or PyTuple) Finalization.ContainerCleared([_seq]);
        _seq = null;
        return null;
    }

    public int LengthHint => _seq switch { PyList l => Math.Max(0, l.Count - _index), PyTuple t => Math.Max(0, t.Items.Length - _index), _ => 0 };
}

/// <summary>A native iterator that knows how many items are left: its type's __length_hint__ answers that.</summary>
public interface ILengthHint
{
    BigInteger Remaining { get; }
}

/// <summary>An iterator driven by a C# enumerator (used for views, ranges, builtins like map/zip).</summary>
public sealed class PyEnumeratorIterator : PyIterator, ILengthHint
{
    private IEnumerator<PyObject>? _e;
    private int _remaining;  // items still to come, when the creator said how many there are (else -1)
    public PyEnumeratorIterator(PyType t, IEnumerable<PyObject> e, int count = -1) : base(t) { _e = e.GetEnumerator(); _remaining = count; }
    public override PyObject? Next()
    {
        if (_e == null) return null;
        if (_e.MoveNext()) { if (_remaining > 0) _remaining--; return _e.Current; }
        _e = null;
        return null;
    }

    public BigInteger Remaining => _e == null ? 0 : Math.Max(0, _remaining);
}

/// <summary>reversed(list): walks indexes downwards and stops once the index is past a shrunk list, as CPython's listreviter.</summary>
public sealed class PyListReverseIterator : PyIterator, ILengthHint
{
    private PyList? _list;
    private int _index;
    public PyListReverseIterator(PyList l) : base(PyTypes.ListReverseIterator) { _list = l; _index = l.Count - 1; }

    public override PyObject? Next()
    {
        if (_list != null && _index >= 0 && _index < _list.Count) return _list.Items[_index--];
        _list = null;
        _index = -1;
        return null;
    }

    public BigInteger Remaining => _list != null && _list.Count >= _index + 1 ? _index + 1 : 0;
}

public sealed class PyRangeIterator : PyIterator, ILengthHint
{
    public BigInteger Remaining => Math.Max(0, _remaining);
    private long _next;
    private readonly long _step;
    private long _remaining;
    public PyRangeIterator(long start, long step, long len) : base(PyTypes.RangeIterator) { _next = start; _step = step; _remaining = len; }
    public override PyObject? Next()
    {
        if (_remaining <= 0) return null;
        _remaining--;
        var v = _next;
        _next += _step;
        return PyInt.From(v);
    }
}

/// <summary>str iterator yielding code points.</summary>
public sealed class PyStrIterator : PyIterator, ILengthHint
{
    private readonly PyStr _s;
    private int _i;
    public BigInteger Remaining => Math.Max(0, _s.Length - _i);
    public PyStrIterator(PyStr s) : base(PyTypes.StrIterator) { _s = s; }
    public override PyObject? Next() => _i < _s.Length ? PyStr.FromChar(_s.CodePointAt(_i++)) : null;
}

public sealed class PyDictIterator : PyIterator, ILengthHint
{
    private readonly PyDict _d;
    private readonly int _kind; // 0 keys 1 values 2 items
    private int _pos;
    private readonly int _size;
    public PyDictIterator(PyDict d, int kind)
        : base(kind == 0 ? PyTypes.DictKeyIterator : kind == 1 ? PyTypes.DictValueIterator : PyTypes.DictItemIterator)
    {
        _d = d; _kind = kind; _size = d.Count;
    }

    private int _yielded;

    public override PyObject? Next()
    {
        if (_d.Count != _size)
            throw new PythonException(PyExc.RuntimeError("dictionary changed size during iteration"));
        if (!_d.NextEntry(ref _pos, out var k, out var v)) { _yielded = _size; return null; }
        _yielded++;
        return _kind switch { 0 => k, 1 => v, _ => PyTuple.Of(k, v) };
    }

    // CPython answers 0 once the dict changed size.
    public BigInteger Remaining => _d.Count == _size ? _size - _yielded : 0;
}

public sealed class PySetIterator : PyIterator, ILengthHint
{
    private readonly PySet _s;
    private int _pos;
    private readonly int _size;
    public PySetIterator(PySet s) : base(PyTypes.SetIterator) { _s = s; _size = s.Count; }
    private int _yielded;

    public override PyObject? Next()
    {
        if (_s.Count != _size) throw new PythonException(PyExc.RuntimeError("Set changed size during iteration"));
        if (!_s.Next(ref _pos, out var k, out _)) { _yielded = _size; return null; }
        _yielded++;
        return k;
    }

    public BigInteger Remaining => _s.Count == _size ? _size - _yielded : 0;
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class PyCallableIterator : PyIterator
{
    private PyObject? _fn;
    private readonly PyObject _sentinel;
    public PyCallableIterator(PyObject fn, PyObject sentinel) : base(PyTypes.CallableIterator) { _fn = fn; _sentinel = sentinel; }
    public override PyObject? Next()
    {
        if (_fn == null) return null;
        PyObject v;
        try { v = Ops.Call(_fn); }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType)) { _fn = null; return null; }
        if (Ops.RichEqBool(v, _sentinel)) { _fn = null; return null; }
        return v;
    }
}

/// <summary>A dict view (keys/values/items).</summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Target;
    public readonly int Kind;
    public PyDictView(PyDict d, int kind) : base(kind == 0 ? PyTypes.DictKeys : kind == 1 ? PyTypes.DictValues : PyTypes.DictItems)
    {
        Target = d; Kind = kind;
    }
}

/// <summary>types.GenericAlias (e.g. list[int]).</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyObject Args;
    public PyGenericAlias(PyObject origin, PyObject args) : base(AliasTypes.GenericAlias) { Origin = origin; Args = args; }
}

/// <summary>types.UnionType (int | str).</summary>
public sealed class PyUnionType : PyObject
{
    public readonly PyObject[] Args;
    public PyUnionType(PyObject[] args) : base(AliasTypes.UnionType) { Args = args; }
}

/// <summary>types.GenericAlias and types.UnionType type objects.</summary>
public static class AliasTypes
{
    public static readonly PyType GenericAlias = PyTypes.NewBuiltin("GenericAlias", PyTypes.Object, "types");
    public static readonly PyType UnionType = PyTypes.NewBuiltin("UnionType", PyTypes.Object, "types");

    static AliasTypes()
    {
        static string TypeRepr(PyObject o) => o switch
        {
            PyType t => t.Dict.GetItem("__module__") is PyStr m && m.Value != "builtins" ? m.Value + "." + t.QualName : t.QualName,
            PyEllipsis => "...",
            PyNone => "None",
            _ => Ops.ReprString(o),
        };
        GenericAlias.Def("__repr__", a =>
        {
            var g = (PyGenericAlias)a;
            var args = g.Args is PyTuple t ? t.Items : [g.Args];
            return new PyStr(TypeRepr(g.Origin) + "[" + (args.Length == 0 ? "()" : string.Join(", ", args.Select(TypeRepr))) + "]");
        });
        GenericAlias.DefStatic("__new__", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw new PythonException(PyExc.TypeError("GenericAlias() takes no keyword arguments"));
            if (args.Length != 3) throw new PythonException(PyExc.TypeError($"GenericAlias expected 2 arguments, got {args.Length - 1}"));
            return new PyGenericAlias(args[1], args[2]);
        });
        GenericAlias.Prop("__origin__", a => ((PyGenericAlias)a).Origin);
        GenericAlias.Prop("__args__", a => ((PyGenericAlias)a).Args is PyTuple t ? t : PyTuple.Of(((PyGenericAlias)a).Args));
        GenericAlias.DefRaw("__call__", (args, kw) => Ops.Call(((PyGenericAlias)args[0]).Origin, args[1..], kw));
        static PyObject ArgsTuple(PyGenericAlias g) => g.Args is PyTuple ? g.Args : PyTuple.Of(g.Args);
        GenericAlias.Def("__eq__", (a, b) => b is PyGenericAlias gb ? Py.Bool(ReferenceEquals(((PyGenericAlias)a).Origin, gb.Origin) && Ops.RichEqBool(ArgsTuple((PyGenericAlias)a), ArgsTuple(gb))) : Py.NotImplemented);
        GenericAlias.Def("__or__", (a, b) => TypeTypeMethods.Union(a, b));
        GenericAlias.Def("__ror__", (a, b) => TypeTypeMethods.Union(b, a));
        GenericAlias.Def("__getattr__", (a, n) => Ops.GetAttr(((PyGenericAlias)a).Origin, (PyStr)n));
        GenericAlias.Def("__hash__", a => PyInt.From(Ops.Hash(((PyGenericAlias)a).Origin) ^ Ops.Hash(ArgsTuple((PyGenericAlias)a))));
        // PEP 560: class C(list[int]) has list as its base (and the alias in __orig_bases__).
        GenericAlias.Def("__mro_entries__", (a, bases) => PyTuple.Of(((PyGenericAlias)a).Origin));
        GenericAlias.Prop("__parameters__", a => PyTuple.Create(GenericAliasParameters.Of(((PyTuple)ArgsTuple((PyGenericAlias)a)).Items)));
        GenericAlias.Def("__getitem__", (a, items) => GenericAliasParameters.Substitute((PyGenericAlias)a, items));
        GenericAlias.RefreshFlags();
        UnionType.Def("__repr__", a => new PyStr(string.Join(" | ", ((PyUnionType)a).Args.Select(x => ReferenceEquals(x, PyTypes.NoneType) ? "None" : TypeRepr(x)))));
        UnionType.Prop("__args__", a => PyTuple.Create(((PyUnionType)a).Args));
        UnionType.Def("__or__", (a, b) => TypeTypeMethods.Union(a, b));
        UnionType.Def("__ror__", (a, b) => TypeTypeMethods.Union(b, a));
        UnionType.Def("__eq__", (a, b) => b is PyUnionType ub ? Py.Bool(((PyUnionType)a).Args.Length == ub.Args.Length && ((PyUnionType)a).Args.All(x => ub.Args.Any(y => ReferenceEquals(x, y)))) : Py.NotImplemented);
        UnionType.Def("__hash__", a => PyInt.From(((PyUnionType)a).Args.Aggregate(0L, (h, x) => h ^ x.Id)));
    }
}
