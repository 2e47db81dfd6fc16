namespace Sharpy.Runtime.Objects;

internal static class TupleMethods
{
    private static PyTuple T(PyObject o) => o as PyTuple ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'tuple' object but received '{o.Type.Name}'"));

    // CPython 3.11: Objects/tupleobject.c tuplehash (xxHash-based).
    public static long Hash(PyTuple t)
    {
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        ulong acc = P5;
        foreach (var item in t.Items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += (ulong)t.Items.Length ^ (P5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    public static void Init()
    {
        var t = PyTypes.Tuple;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("tuple", kw);
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"tuple expected at most 1 argument, got {args.Length - 1}"));
            var cls = (PyType)args[0];
            var items = args.Length == 2 ? Ops.ToArray(args[1]) : [];
            if (ReferenceEquals(cls, PyTypes.Tuple))
                return args.Length == 2 && args[1] is PyTuple pt && ReferenceEquals(pt.Type, PyTypes.Tuple) ? pt : PyTuple.Create((PyObject[])items.Clone());
            return new PyTuple(cls, (PyObject[])items.Clone());
        })));
        t.Def("__len__", a => PyInt.From(T(a).Items.Length));
        t.Def("__repr__", a =>
        {
            var items = T(a).Items;
            if (items.Length == 1) return new PyStr(SeqHelpers.ReprItems(a, items, "(", ",)", "(...)"));
            return new PyStr(SeqHelpers.ReprItems(a, items, "(", ")", "(...)"));
        });
        t.Def("__hash__", a => PyInt.From(Hash(T(a))));
        t.Def("__iter__", a => new PySeqIterator(PyTypes.TupleIterator, a));
        t.Def("__contains__", (a, x) => Py.Bool(T(a).Items.Any(v => ReferenceEquals(v, x) || Ops.RichEqBool(v, x))));
        t.Def("__getitem__", (a, k) =>
        {
            var items = T(a).Items;
            if (k is PySlice sl)
            {
                var (start, _, step, count) = Ops.SliceIndices(sl, items.Length);
                if (step == 1 && count == items.Length && ReferenceEquals(a.Type, PyTypes.Tuple)) return a;
                var r = new PyObject[count];
                for (long i = 0, j = start; i < count; i++, j += step) r[i] = items[j];
                return PyTuple.Create(r);
            }
            long n = Ops.NormalizeIndex(Ops.AsIndex(k, "tuple"), items.Length);
            if (n < 0) throw new PythonException(PyExc.IndexError("tuple index out of range"));
            return items[n];
        });
        t.Def("__add__", (a, b) =>
        {
            if (b is not PyTuple bt) return Py.NotImplemented;
            return PyTuple.Create([.. T(a).Items, .. bt.Items]);
        });
        PyObject Mul(PyObject a, PyObject n)
        {
            long c = SeqHelpers.RepeatCount(n);
            var items = T(a).Items;
            if (c == 1 && ReferenceEquals(a.Type, PyTypes.Tuple)) return a;
            var r = new PyObject[SeqHelpers.RepeatedLength(items.Length, c)];
            for (long i = 0; i < c; i++) Array.Copy(items, 0, r, i * items.Length, items.Length);
            return PyTuple.Create(r);
        }
        t.Def("__mul__", Mul);
        t.Def("__rmul__", Mul);
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < 6; i++)
        {
            int op = i;
            t.Def(cmp[i], (a, b) => b is PyTuple bt ? SeqHelpers.Compare(T(a).Items, bt.Items, op) : Py.NotImplemented);
        }
        // tuple.index(x[, start[, stop]]): negative bounds count from the end, as for slices.
        t.DefRange("index", 1, 3, (a, args) =>
        {
            var items = T(a).Items;
            var x = args[0];
            long start = args.Length > 1 ? Ops.SliceIndexArgument(args[1], false) : 0, stop = args.Length > 2 ? Ops.SliceIndexArgument(args[2], false) : items.Length;
            if (start < 0) start = Math.Max(0, start + items.Length);
            if (stop < 0) stop = Math.Max(0, stop + items.Length);
            for (long i = start; i < Math.Min(stop, items.Length); i++)
                if (ReferenceEquals(items[i], x) || Ops.RichEqBool(items[i], x)) return PyInt.From(i);
            throw new PythonException(PyExc.ValueError("tuple.index(x): x not in tuple"));
        });
        t.Def("count", (a, x) => PyInt.From(T(a).Items.Count(v => ReferenceEquals(v, x) || Ops.RichEqBool(v, x))));
        t.Def("__getnewargs__", a => PyTuple.Of(PyTuple.Create(T(a).Items)));
        t.DefClassGetItem();
    }
}
