using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>Helpers shared by sequence types (repr recursion guard, comparisons, stable sort).</summary>
public static class SeqHelpers
{
    /// <summary>
    /// The count of <c>seq * n</c>: an int or __index__ object (else CPython's TypeError), as a Py_ssize_t
    /// (PyNumber_AsSsize_t(n, OverflowError)).
    /// </summary>
    public static long RepeatCount(PyObject n)
    {
        if (n is not PyInt && n.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError($"can't multiply sequence by non-int of type '{n.Type.TpName}'"));
        var i = Ops.Index(n);
        if (i.IsBig) throw new PythonException(PyExc.OverflowError("cannot fit 'int' into an index-sized integer"));
        return i.Value;
    }

    /// <summary>
    /// The length of <paramref name="count"/> copies of <paramref name="itemLength"/> items, or CPython's error when
    /// it exceeds Py_ssize_t (<paramref name="tooLong"/>: OverflowError text for str/bytes, null for MemoryError) or
    /// what a .NET array can hold (MemoryError, where CPython's allocation would fail).
    /// </summary>
    public static int RepeatedLength(long itemLength, long count, string? tooLong = null)
    {
        if (count <= 0 || itemLength == 0) return 0;
        if (itemLength > long.MaxValue / count)
            throw new PythonException(tooLong != null ? PyExc.OverflowError(tooLong) : new PyBaseException(PyExc.MemoryError));
        if (itemLength * count > Array.MaxLength) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        return (int)(itemLength * count);
    }

    [ThreadStatic] private static HashSet<PyObject>? _reprActive;

    /// <summary>Py_ReprEnter/Py_ReprLeave: returns false when <paramref name="o"/> is already being repr'd.</summary>
    public static bool ReprEnter(PyObject o)
    {
        _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        return _reprActive.Add(o);
    }
    public static void ReprLeave(PyObject o) => _reprActive?.Remove(o);

    public static string ReprItems(PyObject self, ReadOnlySpan<PyObject> items, string open, string close, string recursive)
    {
        if (!ReprEnter(self)) return recursive;
        try
        {
            var sb = new StringBuilder(open);
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.ReprString(items[i]));
            }
            sb.Append(close);
            return sb.ToString();
        }
        finally { ReprLeave(self); }
    }

    public static PyObject Compare(PyObject[] a, PyObject[] b, int op)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!Ops.RichEqBool(a[i], b[i]))
            {
                if (op == 2) return Py.False;
                if (op == 3) return Py.True;
                return Ops.RichCompare(a[i], b[i], op);
            }
        }
        return Py.Bool(Ops.CmpResult(a.Length.CompareTo(b.Length), op));
    }

    /// <summary>
    /// When every key is an exact int (machine-sized), float or str, their own comparison — what Python's
    /// less-than would do after dispatching on the types (CPython's unsafe_*_compare pre-pass). Null otherwise.
    /// </summary>
    private static Func<PyObject, PyObject, bool>? HomogeneousLessThan(PyObject[] keys)
    {
        var first = keys[0].Type;
        foreach (var k in keys)
            if (!ReferenceEquals(k.Type, first)) return null;
        if (ReferenceEquals(first, PyTypes.Int))
        {
            foreach (var k in keys)
                if (((PyInt)k).IsBig) return null;
            return static (a, b) => ((PyInt)a).Value < ((PyInt)b).Value;
        }
        if (ReferenceEquals(first, PyTypes.Float)) return static (a, b) => ((PyFloat)a).Value < ((PyFloat)b).Value;
        if (ReferenceEquals(first, PyTypes.Str))
        {
            foreach (var k in keys)
                if (((PyStr)k).HasSplitSurrogates) return null;
            return static (a, b) => StrOps.Compare((PyStr)a, (PyStr)b) < 0;
        }
        return null;
    }

    /// <summary>Stable merge sort with Python's less-than (exceptions propagate untouched).</summary>
    public static void StableSort(PyObject[] keys, PyObject[] values, bool reverse)
    {
        int n = keys.Length;
        if (n < 2) return;
        if (PrimitiveKeySort.TrySort(keys, values, reverse)) return;
        var idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        var tmp = new int[n];
        Func<PyObject, PyObject, bool> lessThan = HomogeneousLessThan(keys) ?? Ops.LessThan;
        bool Less(int x, int y) => reverse ? lessThan(keys[y], keys[x]) : lessThan(keys[x], keys[y]);
        if (n < 64 && !reverse)
        {
            // CPython 3.11 listobject.c: count_run + binarysort for short lists (same comparison sequence).
            int run = 2;
            if (lessThan(keys[1], keys[0]))
            {
                while (run < n && lessThan(keys[run], keys[run - 1])) run++;
                Array.Reverse(idx, 0, run);
            }
            else while (run < n && !lessThan(keys[run], keys[run - 1])) run++;
            for (int start = run; start < n; start++)
            {
                int pivot = idx[start];
                int l = 0, r = start;
                while (l < r)
                {
                    int p = l + ((r - l) >> 1);
                    if (lessThan(keys[pivot], keys[idx[p]])) r = p; else l = p + 1;
                }
                Array.Copy(idx, l, idx, l + 1, start - l);
                idx[l] = pivot;
            }
            var sv = new PyObject[n];
            for (int i = 0; i < n; i++) sv[i] = values[idx[i]];
            Array.Copy(sv, values, n);
            return;
        }
        void Sort(int lo, int hi)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 16)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    int v = idx[i], j = i - 1;
                    while (j >= lo && Less(v, idx[j])) { idx[j + 1] = idx[j]; j--; }
                    idx[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) / 2;
            Sort(lo, mid); Sort(mid, hi);
            if (!Less(idx[mid], idx[mid - 1])) return;
            int a = lo, b = mid, k = lo;
            while (a < mid && b < hi) tmp[k++] = Less(idx[b], idx[a]) ? idx[b++] : idx[a++];
            while (a < mid) tmp[k++] = idx[a++];
            while (b < hi) tmp[k++] = idx[b++];
            Array.Copy(tmp, lo, idx, lo, hi - lo);
        }
        Sort(0, n);
        var sortedVals = new PyObject[n];
        for (int i = 0; i < n; i++) sortedVals[i] = values[idx[i]];
        Array.Copy(sortedVals, values, n);
    }
}

internal static class ListMethods
{
    private static PyList L(PyObject o) => o as PyList ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'list' object but received '{o.Type.Name}'"));

    public static void Init()
    {
        var t = PyTypes.List;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => new PyList((PyType)args[0]))));
        t.DefRaw("__init__", (args, kw) =>
        {
            ArgParser.NoKeywords("list", kw);
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"list expected at most 1 argument, got {args.Length - 1}"));
            var self = L(args[0]);
            self.Items = []; self.Count = 0;
            if (args.Length == 2) self.AppendAll(args[1]);
            return PyNone.Instance;
        });
        // list() and list(iterable): what __new__ then __init__ do, without looking them up.
        t.ExactCall = (args, kw) =>
        {
            if (kw != null || args.Length > 1) return null;
            var l = new PyList();
            if (args.Length == 1) l.AppendAll(args[0]);
            return l;
        };
        t.Def("__len__", a => PyInt.From(L(a).Count));
        t.Def("__repr__", a => new PyStr(SeqHelpers.ReprItems(a, L(a).Span, "[", "]", "[...]")));
        t.Dict.SetItem("__hash__", PyNone.Instance);
        t.Def("__iter__", a => new PySeqIterator(PyTypes.ListIterator, a));
        t.Def("__reversed__", a => new PyListReverseIterator(L(a)));
        t.Def("__contains__", (a, x) =>
        {
            var l = L(a);
            for (int i = 0; i < l.Count; i++) if (ReferenceEquals(l.Items[i], x) || Ops.RichEqBool(l.Items[i], x)) return Py.True;
            return Py.False;
        });
        t.Def("__getitem__", (a, k) => GetItem(L(a), k));
        t.Def("__setitem__", (a, k, v) => { SetItem(L(a), k, v); return PyNone.Instance; });
        t.Def("__delitem__", (a, k) => { DelItem(L(a), k); return PyNone.Instance; });
        t.Def("__add__", (a, b) =>
        {
            if (b is not PyList bl) return Py.NotImplemented;
            return new PyList((PyObject[])[.. L(a).Span, .. bl.Span]);
        });
        t.Def("__iadd__", (a, b) => { foreach (var x in Ops.ToList(b)) L(a).Append(x); return a; });
        t.Def("__mul__", (a, n) => Repeat(L(a), n));
        t.Def("__rmul__", (a, n) => Repeat(L(a), n));
        t.Def("__imul__", (a, n) =>
        {
            var l = L(a);
            var items = l.ToArray();
            long c = SeqHelpers.RepeatCount(n);
            SeqHelpers.RepeatedLength(items.Length, c);
            l.Items = []; l.Count = 0;
            for (long i = 0; i < c; i++) foreach (var x in items) l.Append(x);
            return a;
        });
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < 6; i++)
        {
            int op = i;
            t.Def(cmp[i], (a, b) => b is PyList bl ? SeqHelpers.Compare(L(a).ToArray(), bl.ToArray(), op) : Py.NotImplemented);
        }
        t.Def("append", (a, x) => { L(a).Append(x); return PyNone.Instance; });
        t.Def("extend", (a, x) =>
        {
            var l = L(a);
            l.AppendAll(x);
            return PyNone.Instance;
        });
        t.DefRange("pop", 0, 1, (a, args) =>
        {
            var l = L(a);
            long i = args.Length > 0 ? Ops.ToLong(args[0]) : -1;
            if (l.Count == 0) throw new PythonException(PyExc.IndexError("pop from empty list"));
            long n = Ops.NormalizeIndex(i, l.Count);
            if (n < 0) throw new PythonException(PyExc.IndexError("pop index out of range"));
            var v = l.Items[n];
            l.RemoveAt((int)n);
            return v;
        });
        t.Def("insert", (a, i, x) =>
        {
            var l = L(a);
            long idx = Ops.ToLong(i);
            if (idx < 0) idx = Math.Max(0, idx + l.Count);
            if (idx > l.Count) idx = l.Count;
            l.Insert((int)idx, x);
            return PyNone.Instance;
        });
        t.DefRaw("sort", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) > 1) throw new PythonException(PyExc.TypeError("sort() takes no positional arguments"));
            var p = ArgParser.Parse("sort", args[1..], kw, [], ["key", "reverse"], 0);
            Sort(L(args[0]), p[0], p[1] != null && ReverseFlag(p[1]!));
            return PyNone.Instance;
        });
        t.DefRange("index", 1, 3, (a, args) =>
        {
            var l = L(a);
            long start = args.Length > 1 ? Ops.SliceIndexArgument(args[1], false) : 0, stop = args.Length > 2 ? Ops.SliceIndexArgument(args[2], false) : l.Count;
            if (start < 0) start = Math.Max(0, start + l.Count);
            if (stop < 0) stop = Math.Max(0, stop + l.Count);
            for (long i = start; i < Math.Min(stop, l.Count); i++)
                if (ReferenceEquals(l.Items[i], args[0]) || Ops.RichEqBool(l.Items[i], args[0])) return PyInt.From(i);
            throw new PythonException(PyExc.ValueError($"{Ops.ReprString(args[0])} is not in list"));
        });
        t.Def("count", (a, x) =>
        {
            var l = L(a);
            int c = 0;
            for (int i = 0; i < l.Count; i++) if (ReferenceEquals(l.Items[i], x) || Ops.RichEqBool(l.Items[i], x)) c++;
            return PyInt.From(c);
        });
        t.Def("remove", (a, x) =>
        {
            var l = L(a);
            for (int i = 0; i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], x) || Ops.RichEqBool(l.Items[i], x)) { l.RemoveAt(i); return PyNone.Instance; }
            throw new PythonException(PyExc.ValueError("list.remove(x): x not in list"));
        });
        t.Def("copy", a => new PyList(L(a).ToArray()));
        t.Def("clear", a => { var l = L(a); if (Finalization.Live != 0) Finalization.ContainerCleared(l.Span.ToArray()); l.Items = []; l.Count = 0; return PyNone.Instance; });
        t.Def("reverse", a => { Array.Reverse(L(a).Items, 0, L(a).Count); return PyNone.Instance; });
        t.DefClassGetItem();
    }

    /// <summary>sort()'s reverse argument: a C int in CPython (an index, not any truthy object).</summary>
    public static bool ReverseFlag(PyObject reverse) => Ops.ToInt(reverse) != 0;

    public static void Sort(PyList l, PyObject? key, bool reverse)
    {
        var values = l.ToArray();
        // CPython empties the list while sorting so mutation is detected.
        l.Items = []; l.Count = 0;
        bool sorted = false;
        try
        {
            var keys = key == null || key is PyNone ? values : values.Select(v => Ops.Call(key, v)).ToArray();
            if (ReferenceEquals(keys, values)) keys = (PyObject[])values.Clone();
            SeqHelpers.StableSort(keys, values, reverse);
            sorted = true;
        }
        finally
        {
            bool mutated = l.Count != 0;
            l.Items = values; l.Count = values.Length;
            // As CPython's list_sort_impl: a key or comparison error wins over the mutation report.
            if (mutated && sorted) throw new PythonException(PyExc.ValueError("list modified during sort"));
        }
    }

    private static PyObject Repeat(PyList l, PyObject n)
    {
        long c = SeqHelpers.RepeatCount(n);
        var items = l.ToArray();
        var r = new PyObject[SeqHelpers.RepeatedLength(items.Length, c)];
        for (long i = 0; i < c; i++) Array.Copy(items, 0, r, i * items.Length, items.Length);
        return new PyList(r);
    }

    public static PyObject GetItem(PyList l, PyObject k)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = Ops.SliceIndices(sl, l.Count);
            var r = new PyObject[count];
            // Span copies: a store into a PyObject[] pays a covariance check per item.
            if (step == 1) l.Items.AsSpan((int)start, (int)count).CopyTo(r);
            else
            {
                var src = l.Span;
                var dst = r.AsSpan();
                for (long i = 0, j = start; i < count; i++, j += step) dst[(int)i] = src[(int)j];
            }
            return new PyList(r);
        }
        long n = Ops.NormalizeIndex(Ops.AsIndex(k, "list"), l.Count);
        if (n < 0) throw new PythonException(PyExc.IndexError("list index out of range"));
        return l.Items[n];
    }

    internal static void SetItem(PyList l, PyObject k, PyObject v)
    {
        if (k is PySlice sl)
        {
            // Lists and tuples (subclasses included) always have __iter__: no lookups for them.
            if (v is not PyList && v is not PyTuple && v.Type.Lookup("__iter__") == null && v.Type.Lookup("__getitem__") == null)
                throw new PythonException(PyExc.TypeError(((PySlice)k).Step is PyNone ? "can only assign an iterable" : "must assign iterable to extended slice"));
            // Another exact list is read in place once the bounds are known (as CPython, which takes the slice's
            // __index__ values first); anything else, and the list itself, is copied.
            bool readInPlace = v is PyList source && ReferenceEquals(source.Type, PyTypes.List) && !ReferenceEquals(source, l);
            var copied = readInPlace ? null : ReferenceEquals(v, l) ? l.ToArray() : Ops.ToArray(v);
            var (start, stop, step, count) = Ops.SliceIndices(sl, l.Count);
            ReadOnlySpan<PyObject> items = copied ?? ((PyList)v).Span;
            if (step == 1)
            {
                if (stop < start) stop = start;
                ReplaceRange(l, (int)start, (int)stop, items);
                return;
            }
            if (items.Length != count)
                throw new PythonException(PyExc.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {count}"));
            for (long i = 0, j = start; i < count; i++, j += step) l.Items[j] = items[(int)i];
            return;
        }
        long n = Ops.NormalizeIndex(Ops.AsIndex(k, "list"), l.Count);
        if (n < 0) throw new PythonException(PyExc.IndexError("list assignment index out of range"));
        l.Items[n] = v;
    }

    /// <summary>Replace items [start, stop) of <paramref name="l"/> by <paramref name="items"/>, in place
    /// (CPython's list_ass_slice): the tail moves once, no intermediate copies of the list.</summary>
    private static void ReplaceRange(PyList l, int start, int stop, ReadOnlySpan<PyObject> items)
    {
        int oldCount = l.Count;
        int newCount = oldCount - (stop - start) + items.Length;
        if (newCount != oldCount)
        {
            l.EnsureCapacity(newCount);
            // Array.Copy handles the overlap whichever way the tail moves.
            Array.Copy(l.Items, stop, l.Items, start + items.Length, oldCount - stop);
            if (newCount < oldCount) l.Items.AsSpan(newCount, oldCount - newCount).Clear();
        }
        items.CopyTo(l.Items.AsSpan(start));
        l.Count = newCount;
    }

    private static void DelItem(PyList l, PyObject k)
    {
        if (k is PySlice sl)
        {
            var (start, _, step, count) = Ops.SliceIndices(sl, l.Count);
            var remove = new HashSet<long>();
            for (long i = 0, j = start; i < count; i++, j += step) remove.Add(j);
            var keep = new List<PyObject>();
            for (int i = 0; i < l.Count; i++) if (!remove.Contains(i)) keep.Add(l.Items[i]);
            l.Items = keep.ToArray(); l.Count = l.Items.Length;
            return;
        }
        long n = Ops.NormalizeIndex(Ops.AsIndex(k, "list"), l.Count);
        if (n < 0) throw new PythonException(PyExc.IndexError("list assignment index out of range"));
        l.RemoveAt((int)n);
    }
}
