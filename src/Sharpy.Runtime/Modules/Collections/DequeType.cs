using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Collections;

/// <summary>
/// The method table of <c>collections.deque</c> and its iterator types, with CPython 3.11's behaviour and messages
/// (Modules/_collectionsmodule.c deque_methods, deque_as_sequence, deque_as_number, deque_richcompare).
/// </summary>
internal static class DequeType
{
    private static readonly object Sync = new();
    private static PyType? _deque, _iter, _reverseIter;

    public static PyType Deque { get { lock (Sync) { Create(); return _deque!; } } }
    public static PyType Iterator { get { lock (Sync) { Create(); return _iter!; } } }
    public static PyType ReverseIterator { get { lock (Sync) { Create(); return _reverseIter!; } } }

    private static void Create()
    {
        if (_deque != null) return;
        _iter = CreateIterator("_deque_iterator", false);
        _reverseIter = CreateIterator("_deque_reverse_iterator", true);
        _deque = CreateDeque();
    }

    private static PyDeque D(PyObject o) => o as PyDeque ?? throw new PythonException(PyExc.TypeError(
        $"descriptor requires a 'collections.deque' object but received '{o.Type.Name}'"));

    private static PyObject None => PyNone.Instance;

    /// <summary>Compare items as PyObject_RichCompareBool does: identity first.</summary>
    private static bool Same(PyObject a, PyObject b) => ReferenceEquals(a, b) || Ops.RichEqBool(a, b);

    private static PyType CreateDeque()
    {
        var t = PyTypes.NewBuiltin("deque", PyTypes.Object, "collections", type => new PyDeque(type));
        t.SolidBase = t; // instances of Python subclasses are PyDeques too (NewBuiltin assumes the base's layout)
        // deque.__new__ accepts (and ignores) any arguments; __init__ parses them.
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls)
                throw new PythonException(PyExc.TypeError("deque.__new__(X): X is not a type object"));
            if (!cls.IsSubtypeOf(t))
                throw new PythonException(PyExc.TypeError($"deque.__new__({cls.Name}): {cls.Name} is not a subtype of collections.deque"));
            return cls.Allocator!(cls);
        })));
        t.DefRaw("__init__", (a, k) => { Init(D(a[0]), a[1..], k); return None; });
        t.Prop("maxlen", s => D(s).MaxLen < 0 ? None : PyInt.From(D(s).MaxLen));

        t.Def("append", (s, x) => { D(s).Append(x); return None; });
        t.Def("appendleft", (s, x) => { D(s).AppendLeft(x); return None; });
        t.Def("pop", s => D(s).Pop());
        t.Def("popleft", s => D(s).PopLeft());
        t.Def("extend", (s, x) => { Extend(D(s), x, left: false); return None; });
        t.Def("extendleft", (s, x) => { Extend(D(s), x, left: true); return None; });
        t.Def("clear", s => { D(s).Clear(); return None; });
        t.Def("copy", s => Copy(D(s)));
        t.Def("__copy__", s => Copy(D(s)));
        t.Def("reverse", s => { D(s).Reverse(); return None; });
        t.DefRaw("rotate", (a, k) =>
        {
            if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError("deque.rotate() takes no keyword arguments"));
            if (a.Length > 2) throw new PythonException(PyExc.TypeError($"deque.rotate expected at most 1 argument, got {a.Length - 1}"));
            D(a[0]).Rotate(a.Length == 2 ? Ops.ToLong(a[1]) : 1);
            return None;
        });
        t.Def("count", (s, x) => PyInt.From(Count(D(s), x)));
        t.DefRangeParseTuple("index", 1, 3, (s, a) => PyInt.From(IndexOf(D(s), a)));
        t.Def("insert", (s, i, x) => { Insert(D(s), Ops.ToLong(i), x); return None; });
        t.Def("remove", (s, x) => { Remove(D(s), x); return None; });

        t.Def("__len__", s => PyInt.From(D(s).Count));
        t.Def("__contains__", (s, x) => Py.Bool(Contains(D(s), x)));
        t.Def("__getitem__", (s, i) => { var d = D(s); return d[Position(d, i)]; });
        t.Def("__setitem__", (s, i, v) => { var d = D(s); d[Position(d, i)] = v; return None; });
        t.Def("__delitem__", (s, i) => { var d = D(s); d.RemoveAt(Position(d, i)); return None; });
        t.Def("__iter__", s => new DequeIterator(_iter!, D(s), reverse: false));
        t.Def("__reversed__", s => new DequeIterator(_reverseIter!, D(s), reverse: true));
        t.Def("__repr__", s => new PyStr(Repr(D(s))));
        t.Dict.SetItem("__hash__", PyNone.Instance);
        t.Def("__sizeof__", s => PyInt.From(64 + 8 * D(s).Capacity));

        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            int op = i;
            t.Def(cmp[i], (s, o) => Compare(D(s), o, op));
        }
        t.Def("__add__", (s, o) =>
        {
            if (o is not PyDeque other)
                throw new PythonException(PyExc.TypeError($"can only concatenate deque (not \"{o.Type.Name}\") to deque"));
            var r = Copy(D(s));
            Extend(r, other, left: false);
            return r;
        });
        t.Def("__iadd__", (s, o) => { Extend(D(s), o, left: false); return s; });
        t.Def("__mul__", (s, n) => { var r = Copy(D(s)); Repeat(r, n); return r; });
        t.Def("__rmul__", (s, n) => { var r = Copy(D(s)); Repeat(r, n); return r; });
        t.Def("__imul__", (s, n) => { Repeat(D(s), n); return s; });
        t.Def("__reduce__", s => Reduce(D(s)));
        t.DefClassMethod("__class_getitem__", (a, k) => new PyGenericAlias(a[0], a[1]));
        return t;
    }

    // CPython 3.11: deque_init — deque([iterable[, maxlen]]); maxlen must be an int (no __index__), None or absent.
    private static void Init(PyDeque d, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (args.Length > 2) throw new PythonException(PyExc.TypeError($"deque() takes at most 2 arguments ({args.Length} given)"));
        PyObject? iterable = npos > 0 ? args[0] : null, maxlen = npos > 1 ? args[1] : null;
        for (int i = 0; i < (kw?.Length ?? 0); i++)
        {
            var v = args[npos + i];
            switch (kw![i])
            {
                case "iterable" when npos < 1: iterable = v; break;
                case "maxlen" when npos < 2: maxlen = v; break;
                case "iterable" or "maxlen":
                    throw new PythonException(PyExc.TypeError($"argument for deque() given by name ('{kw[i]}') and position ({(kw[i] == "iterable" ? 1 : 2)})"));
                default:
                    throw new PythonException(PyExc.TypeError($"'{kw[i]}' is an invalid keyword argument for deque()"));
            }
        }
        long max = -1;
        if (maxlen != null && maxlen is not PyNone)
        {
            if (maxlen is not PyInt mi) throw new PythonException(PyExc.TypeError("an integer is required"));
            if (mi.IsBig) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C ssize_t"));
            max = mi.Value;
            if (max < 0) throw new PythonException(PyExc.ValueError("maxlen must be non-negative"));
        }
        d.MaxLen = max;
        if (d.Count > 0) d.Clear();
        if (iterable != null) Extend(d, iterable, left: false);
    }

    private static void Extend(PyDeque d, PyObject iterable, bool left)
    {
        // Extending a deque by itself reads a snapshot (CPython copies it to a list first).
        if (ReferenceEquals(iterable, d)) iterable = new PyList(d.ToArray());
        if (iterable is PyList l && l.Type.IsBuiltin)
        {
            foreach (var x in l.ToArray()) { if (left) d.AppendLeft(x); else d.Append(x); }
            return;
        }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x)
        {
            if (left) d.AppendLeft(x);
            else d.Append(x);
        }
    }

    // CPython 3.11: deque_copy — an exact deque copies directly; a subclass is called as cls(d) or cls(d, maxlen).
    private static PyDeque Copy(PyDeque d)
    {
        if (ReferenceEquals(d.Type, _deque))
        {
            var r = new PyDeque(_deque!) { MaxLen = d.MaxLen };
            r.Reset(d.ToArray());
            return r;
        }
        var result = d.MaxLen < 0 ? Ops.Call(d.Type, d) : Ops.Call(d.Type, d, PyInt.From(d.MaxLen));
        return result as PyDeque ?? throw new PythonException(PyExc.TypeError(
            $"{d.Type.Name}() must return a deque, not {result.Type.Name}"));
    }

    // CPython 3.11: deque_inplace_repeat; with a maxlen only the last maxlen items of the repetition survive.
    private static void Repeat(PyDeque d, PyObject count)
    {
        long n = SeqHelpers.RepeatCount(count);
        int size = d.Count;
        if (size == 0 || n == 1) return;
        if (n <= 0) { d.Clear(); return; }
        if (size > long.MaxValue / n) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        long total = size * n;
        long start = d.MaxLen >= 0 && total > d.MaxLen ? total - d.MaxLen : 0;
        if (total - start > Array.MaxLength) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        var items = d.ToArray();
        var result = new PyObject[total - start];
        for (long j = start; j < total; j++) result[j - start] = items[j % size];
        d.Reset(result);
    }

    /// <summary>The position an index refers to (sq_item: __index__, negative from the right), or CPython's errors.</summary>
    private static int Position(PyDeque d, PyObject index)
    {
        if (index is not PyInt && index.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError($"sequence index must be integer, not '{index.Type.Name}'"));
        var i = Ops.Index(index);
        if (i.IsBig) throw new PythonException(PyExc.IndexError("cannot fit 'int' into an index-sized integer"));
        long p = i.Value < 0 ? i.Value + d.Count : i.Value;
        if (p < 0 || p >= d.Count) throw new PythonException(PyExc.IndexError("deque index out of range"));
        return (int)p;
    }

    private static PythonException Mutated() => new(PyExc.RuntimeError("deque mutated during iteration"));

    private static bool Contains(PyDeque d, PyObject x)
    {
        long state = d.State;
        for (int i = 0; i < d.Count; i++)
        {
            bool eq = Same(d[i], x);
            if (d.State != state) throw Mutated();
            if (eq) return true;
        }
        return false;
    }

    private static long Count(PyDeque d, PyObject x)
    {
        long state = d.State, n = 0;
        for (int i = 0; i < d.Count; i++)
        {
            bool eq = Same(d[i], x);
            if (d.State != state) throw Mutated();
            if (eq) n++;
        }
        return n;
    }

    // CPython 3.11: deque_index — start/stop are slice indices (clamped, negative from the right).
    private static long IndexOf(PyDeque d, ReadOnlySpan<PyObject> a)
    {
        long n = d.Count;
        long start = a.Length > 1 ? SliceIndex(a[1]) : 0, stop = a.Length > 2 ? SliceIndex(a[2]) : n;
        if (start < 0) start = Math.Max(0, start + n);
        if (stop < 0) stop = Math.Max(0, stop + n);
        stop = Math.Min(stop, n);
        long state = d.State;
        for (long i = start; i < stop; i++)
        {
            bool eq = Same(d[(int)i], a[0]);
            if (d.State != state) throw Mutated();
            if (eq) return i;
        }
        throw new PythonException(PyExc.ValueError($"{Ops.ReprString(a[0])} is not in deque"));
    }

    private static long SliceIndex(PyObject o) => Ops.SliceIndexArgument(o, allowNone: false);

    // CPython 3.11: deque_insert — list.insert's clamping; a deque full to its maxlen refuses.
    private static void Insert(PyDeque d, long index, PyObject x)
    {
        if (d.MaxLen >= 0 && d.Count >= d.MaxLen)
            throw new PythonException(PyExc.IndexError("deque already at its maximum size"));
        long n = d.Count;
        if (index < 0) index = Math.Max(0, index + n);
        if (index > n) index = n;
        d.InsertAt((int)index, x);
    }

    private static void Remove(PyDeque d, PyObject x)
    {
        int n = d.Count;
        for (int i = 0; i < n; i++)
        {
            bool eq = Same(d[i], x);
            if (d.Count != n) throw new PythonException(PyExc.IndexError("deque mutated during iteration"));
            if (eq) { d.RemoveAt(i); return; }
        }
        throw new PythonException(PyExc.ValueError($"{Ops.ReprString(x)} is not in deque"));
    }

    private static string Repr(PyDeque d)
    {
        if (!SeqHelpers.ReprEnter(d)) return "[...]";
        try
        {
            var sb = new StringBuilder(d.Type.Name).Append("([");
            var items = d.ToArray();
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.ReprString(items[i]));
            }
            sb.Append(']');
            if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
            return sb.Append(')').ToString();
        }
        finally { SeqHelpers.ReprLeave(d); }
    }

    // CPython 3.11: deque_richcompare — only deques compare; equal lengths are needed for ==.
    private static PyObject Compare(PyDeque a, PyObject other, int op)
    {
        if (other is not PyDeque b) return Py.NotImplemented;
        if ((op == 2 || op == 3) && a.Count != b.Count) return Py.Bool(op == 3);
        return SeqHelpers.Compare(a.ToArray(), b.ToArray(), op);
    }

    // CPython 3.11: deque_reduce — (cls, () or ((), maxlen), state, iter(d)).
    private static PyObject Reduce(PyDeque d)
    {
        // CPython 3.11 asks _PyObject_GetState: __getstate__ (object's: the __dict__, None when empty).
        PyObject state = Ops.TryGetAttr(d, PyStr.Intern("__getstate__"), out var getState) ? Ops.Call(getState) : None;
        PyObject args = d.MaxLen < 0 ? PyTuple.Of() : PyTuple.Of(PyTuple.Of(), PyInt.From(d.MaxLen));
        return PyTuple.Of(d.Type, args, state, new DequeIterator(_iter!, d, reverse: false));
    }

    private static PyType CreateIterator(string name, bool reverse)
    {
        var t = PyTypes.NewBuiltin(name, PyTypes.Object, "_collections", type => throw new PythonException(
            PyExc.TypeError($"cannot create '_collections.{name}' instances")));
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            // _deque_iterator(deque, index=0): what __reduce__ returns, so pickled iterators resume.
            if (a.Length < 2 || a.Length > 3 || a[1] is not PyDeque d)
                throw new PythonException(PyExc.TypeError($"{name}() argument 1 must be collections.deque"));
            long index = a.Length == 3 ? Ops.ToLong(a[2]) : 0;
            var it = new DequeIterator(t, d, reverse, 0);
            for (long i = 0; i < index && it.Next() != null; i++) { }
            return it;
        })));
        t.Def("__iter__", s => s);
        t.Def("__next__", s => ((DequeIterator)s).Next() ?? throw new PythonException(PyExc.StopIteration()));
        t.Def("__length_hint__", s => PyInt.From(((DequeIterator)s).Remaining));
        t.Def("__reduce__", s =>
        {
            var it = (DequeIterator)s;
            return PyTuple.Of(s.Type, PyTuple.Of(it.Deque, PyInt.From(it.Deque.Count - it.Remaining)));
        });
        return t;
    }
}
