namespace Sharpy.Runtime.Objects;

/// <summary>
/// The mutating methods of <c>bytearray</c> (item and slice assignment and deletion, list-like methods),
/// with CPython 3.11's errors (Objects/bytearrayobject.c).
/// </summary>
internal static class ByteArrayMethods
{
    private static List<byte> L(PyObject o) => ((PyByteArray)o).Value;

    private static byte ByteValue(PyObject v)
    {
        if (v is not PyInt && v.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer"));
        var b = Ops.Index(v);
        if (b.IsBig || b.Value < 0 || b.Value > 255) throw new PythonException(PyExc.ValueError("byte must be in range(0, 256)"));
        return (byte)b.Value;
    }

    /// <summary>The bytes of a slice-assignment or extend source: a buffer or an iterable of ints, never an int or str.</summary>
    private static byte[] Source(PyObject v, string context)
    {
        if (v is PyBytes or PyByteArray or PyMemoryView) return BytesMethods.AsBytes(v);
        // extend() iterates a str (its items then fail as non-integers); slice assignment refuses it outright.
        if (v is PyInt || (v is PyStr && context != "extend") || (v.Type.Lookup("__iter__") == null && v.Type.Lookup("__getitem__") == null))
            throw new PythonException(PyExc.TypeError(context == "extend"
                ? $"can't extend bytearray with {v.Type.Name}"
                : "can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        if (v is PyStr str)  // extend() iterates it: the first character is no integer
            return str.Length == 0 ? [] : throw new PythonException(PyExc.TypeError("'str' object cannot be interpreted as an integer"));
        return BytesMethods.FromObject(v, "bytearray");
    }

    public static void Init(PyType ba)
    {
        ba.Def("append", (a, x) => { L(a).Add(ByteValue(x)); return PyNone.Instance; });
        ba.Def("extend", (a, x) => { L(a).AddRange(Source(x, "extend")); return PyNone.Instance; });
        ba.Def("insert", (a, i, x) =>
        {
            var l = L(a);
            long n = Ops.AsIndex(i);
            if (n < 0) n = Math.Max(0, n + l.Count);
            l.Insert((int)Math.Min(n, l.Count), ByteValue(x));
            return PyNone.Instance;
        });
        ba.DefRange("pop", 0, 1, (a, args) =>
        {
            var l = L(a);
            if (l.Count == 0) throw new PythonException(PyExc.IndexError("pop from empty bytearray"));
            long i = args.Length > 0 ? Ops.ToLong(args[0]) : -1;  // a C ssize_t argument, not a subscript
            long n = Ops.NormalizeIndex(i, l.Count);
            if (n < 0) throw new PythonException(PyExc.IndexError("pop index out of range"));
            byte b = l[(int)n];
            l.RemoveAt((int)n);
            return PyInt.From(b);
        });
        ba.Def("remove", (a, x) =>
        {
            var l = L(a);
            int i = l.IndexOf(ByteValue(x));
            if (i < 0) throw new PythonException(PyExc.ValueError("value not found in bytearray"));
            l.RemoveAt(i);
            return PyNone.Instance;
        });
        ba.Def("clear", a => { L(a).Clear(); return PyNone.Instance; });
        ba.Def("copy", a => new PyByteArray(L(a).ToArray()));
        ba.Def("reverse", a => { L(a).Reverse(); return PyNone.Instance; });
        ba.Def("__alloc__", a => PyInt.From(L(a).Count + 1));
        ba.Def("__iadd__", (a, x) =>
        {
            if (x is not PyBytes and not PyByteArray and not PyMemoryView)
                throw new PythonException(PyExc.TypeError($"can't concat {x.Type.Name} to bytearray"));
            L(a).AddRange(BytesMethods.AsBytes(x));
            return a;
        });
        ba.Def("__imul__", (a, n) =>
        {
            var l = L(a);
            long c = SeqHelpers.RepeatCount(n);
            SeqHelpers.RepeatedLength(l.Count, c);
            var copy = l.ToArray();
            l.Clear();
            for (long i = 0; i < c; i++) l.AddRange(copy);
            return a;
        });
        ba.Def("__setitem__", (a, k, v) => { SetItem(L(a), k, v); return PyNone.Instance; });
        ba.Def("__delitem__", (a, k) => { DelItem(L(a), k); return PyNone.Instance; });
    }

    private static void SetItem(List<byte> l, PyObject k, PyObject v)
    {
        if (k is not PySlice sl)
        {
            long n = Ops.NormalizeIndex(Ops.AsIndex(k, "bytearray"), l.Count);
            byte value = ByteValue(v);  // CPython checks the value before the index
            if (n < 0) throw new PythonException(PyExc.IndexError("bytearray index out of range"));
            l[(int)n] = value;
            return;
        }
        var src = Source(v, "assign");
        var (start, stop, step, count) = Ops.SliceIndices(sl, l.Count);
        if (step == 1)
        {
            int s = (int)start, e = (int)Math.Max(start, stop);
            l.RemoveRange(s, e - s);
            l.InsertRange(s, src);
            return;
        }
        if (src.Length != count)
            throw new PythonException(PyExc.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {count}"));
        for (long i = 0, j = start; i < count; i++, j += step) l[(int)j] = src[i];
    }

    private static void DelItem(List<byte> l, PyObject k)
    {
        if (k is not PySlice sl)
        {
            long n = Ops.NormalizeIndex(Ops.AsIndex(k, "bytearray"), l.Count);
            if (n < 0) throw new PythonException(PyExc.IndexError("bytearray index out of range"));
            l.RemoveAt((int)n);
            return;
        }
        var (start, stop, step, count) = Ops.SliceIndices(sl, l.Count);
        if (count == 0) return;
        if (step == 1) { l.RemoveRange((int)start, (int)count); return; }
        var drop = new HashSet<long>();
        for (long i = 0, j = start; i < count; i++, j += step) drop.Add(j);
        int w = 0;
        for (int r = 0; r < l.Count; r++)
            if (!drop.Contains(r)) l[w++] = l[r];
        l.RemoveRange(w, l.Count - w);
    }
}
