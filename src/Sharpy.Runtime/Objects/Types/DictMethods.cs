using System.Text;
using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

internal static class DictMethods
{
    private static PyDict D(PyObject o) => o as PyDict ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'dict' object but received '{o.Type.Name}'"));

    public static string Repr(PyDict d)
    {
        if (d.Count == 0) return "{}";
        if (!SeqHelpers.ReprEnter(d)) return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            int pos = 0; bool first = true;
            while (d.NextEntry(ref pos, out var k, out var v))
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.ReprString(k)).Append(": ").Append(Ops.ReprString(v));
            }
            return sb.Append('}').ToString();
        }
        finally { SeqHelpers.ReprLeave(d); }
    }

    /// <summary>dict(...) / dict.update(...) argument handling.</summary>
    public static void Update(PyDict d, ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw new PythonException(PyExc.TypeError($"{fname} expected at most 1 argument, got {npos}"));
        if (npos == 1)
        {
            var src = args[0];
            if (src is PyDict || Ops.HasAttr(src, "keys")) Eval.DictUpdate(d, src, null);
            else
            {
                int i = 0;
                foreach (var item in Ops.Iterate(src))
                {
                    PyObject[] pair;
                    if (item is PyTuple pt) pair = pt.Items;
                    else if (item is PyList pl) pair = pl.ToArray();
                    else if (item.Type.Lookup("__iter__") != null || item.Type.Lookup("__getitem__") != null) pair = Ops.ToArray(item);
                    else throw new PythonException(PyExc.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence"));
                    if (pair.Length != 2)
                        throw new PythonException(PyExc.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required"));
                    d.SetItem(pair[0], pair[1]);
                    i++;
                }
            }
        }
        for (int i = 0; i < nkw; i++) d.SetItem(new PyStr(kw![i]), args[npos + i]);
    }

    public static void Init()
    {
        var t = PyTypes.Dict;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => new PyDict((PyType)args[0]))));
        t.DefRaw("__init__", (args, kw) => { Update(D(args[0]), args[1..], kw, "dict"); return PyNone.Instance; });
        t.Def("__len__", a => PyInt.From(D(a).Count));
        t.Def("__repr__", a => new PyStr(Repr(D(a))));
        t.Dict.SetItem("__hash__", PyNone.Instance);
        t.Def("__iter__", a => new PyDictIterator(D(a), 0));
        t.Def("__reversed__", a =>
        {
            var keys = D(a).KeysList();
            return new PyEnumeratorIterator(PyTypes.DictReverseKeyIterator, keys.AsEnumerable().Reverse(), keys.Count);
        });
        t.Def("__contains__", (a, k) => Py.Bool(D(a).ContainsKey(k)));
        t.Def("__getitem__", (a, k) =>
        {
            var d = D(a);
            var v = d.GetItem(k);
            if (v != null) return v;
            if (!ReferenceEquals(a.Type, PyTypes.Dict) && a.Type.Lookup("__missing__") is { } missing)
                return Ops.CallWithSelf(missing, a, [k]);
            throw new PythonException(PyExc.KeyError(k));
        });
        t.Def("__setitem__", (a, k, v) => { D(a).SetItem(k, v); return PyNone.Instance; });
        t.Def("__delitem__", (a, k) =>
        {
            if (!D(a).Remove(k)) throw new PythonException(PyExc.KeyError(k));
            return PyNone.Instance;
        });
        t.Def("__eq__", (a, b) => b is PyDict bd ? Py.Bool(Equal(D(a), bd)) : Py.NotImplemented);
        t.Def("__ne__", (a, b) => b is PyDict bd ? Py.Bool(!Equal(D(a), bd)) : Py.NotImplemented);
        t.Def("__or__", (a, b) =>
        {
            if (b is not PyDict bd) return Py.NotImplemented;
            var r = D(a).Copy();
            Eval.DictUpdate(r, bd, null);
            return r;
        });
        t.Def("__ror__", (a, b) =>
        {
            if (b is not PyDict bd) return Py.NotImplemented;
            var r = bd.Copy();
            Eval.DictUpdate(r, a, null);
            return r;
        });
        t.Def("__ior__", (a, b) => { Update(D(a), [b], null, "update"); return a; });
        t.DefRange("get", 1, 2, (a, args) => D(a).GetItem(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance));
        t.Def("keys", a => new PyDictView(D(a), 0));
        t.Def("values", a => new PyDictView(D(a), 1));
        t.Def("items", a => new PyDictView(D(a), 2));
        t.DefRange("pop", 1, 2, (a, args) =>
        {
            if (D(a).Remove(args[0], Ops.Hash(args[0]), out var v)) return v!;
            if (args.Length > 1) return args[1];
            throw new PythonException(PyExc.KeyError(args[0]));
        });
        t.Def("popitem", a =>
        {
            if (!D(a).PopLast(out var k, out var v)) throw new PythonException(PyExc.KeyError("popitem(): dictionary is empty"));
            return PyTuple.Of(k, v);
        });
        t.DefRange("setdefault", 1, 2, (a, args) =>
        {
            var d = D(a);
            var v = d.GetItem(args[0]);
            if (v != null) return v;
            var def = args.Length > 1 ? args[1] : PyNone.Instance;
            d.SetItem(args[0], def);
            return def;
        });
        t.DefRaw("update", (args, kw) => { Update(D(args[0]), args[1..], kw, "update"); return PyNone.Instance; });
        t.Def("copy", a => D(a).Copy());
        t.Def("clear", a =>
        {
            var d = D(a);
            if (Finalization.Live != 0) Finalization.ContainerCleared(d.Items().SelectMany(pair => new[] { pair.Key, pair.Value }).ToList());
            d.Clear();
            return PyNone.Instance;
        });
        t.DefClassMethod("fromkeys", (args, kw) =>
        {
            ArgParser.NoKeywords("dict.fromkeys", kw);
            if (args.Length is < 2 or > 3)
                throw new PythonException(PyExc.TypeError(args.Length < 2 ? "fromkeys expected at least 1 argument, got 0"
                    : $"fromkeys expected at most 2 arguments, got {args.Length - 1}"));
            var cls = args[0];
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            var d = ReferenceEquals(cls, PyTypes.Dict) ? new PyDict() : Ops.Call(cls);
            foreach (var k in Ops.Iterate(args[1])) Ops.SetItem(d, k, value);
            return d;
        });
        t.DefClassGetItem();
        InitViews();
        InitMappingProxy();
    }

    public static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        int pos = 0;
        while (a.NextEntryWithHash(ref pos, out var k, out var h, out var v))
        {
            var bv = b.GetItem(k, h);
            if (bv == null || !(ReferenceEquals(v, bv) || Ops.RichEqBool(v, bv))) return false;
        }
        return true;
    }

    private static PyDictView V(PyObject o) => (PyDictView)o;

    private static void InitViews()
    {
        foreach (var (t, kind, name) in new[] { (PyTypes.DictKeys, 0, "dict_keys"), (PyTypes.DictValues, 1, "dict_values"), (PyTypes.DictItems, 2, "dict_items") })
        {
            t.Def("__len__", a => PyInt.From(V(a).Target.Count));
            t.Def("__iter__", a => new PyDictIterator(V(a).Target, V(a).Kind));
            t.Def("__reversed__", a =>
            {
                var v = V(a);
                var items = v.Target.Items().Reverse().Select(kv => v.Kind == 0 ? kv.Key : v.Kind == 1 ? kv.Value : PyTuple.Of(kv.Key, kv.Value)).ToList();
                var type = v.Kind == 0 ? PyTypes.DictReverseKeyIterator : v.Kind == 1 ? PyTypes.DictReverseValueIterator : PyTypes.DictReverseItemIterator;
                return new PyEnumeratorIterator(type, items, items.Count);
            });
            t.Def("__repr__", a =>
            {
                var v = V(a);
                if (!SeqHelpers.ReprEnter(a)) return new PyStr("...");
                try
                {
                    var items = v.Target.Items().Select(kv => v.Kind == 0 ? kv.Key : v.Kind == 1 ? kv.Value : PyTuple.Of(kv.Key, kv.Value)).ToArray();
                    return new PyStr(name + "(" + SeqHelpers.ReprItems(new PyList(items), items, "[", "]", "[...]") + ")");
                }
                finally { SeqHelpers.ReprLeave(a); }
            });
            if (kind != 1)
            {
                t.Def("__contains__", (a, x) =>
                {
                    var v = V(a);
                    if (v.Kind == 0) return Py.Bool(v.Target.ContainsKey(x));
                    if (x is not PyTuple pt || pt.Items.Length != 2) return Py.False;
                    var val = v.Target.GetItem(pt.Items[0]);
                    return Py.Bool(val != null && (ReferenceEquals(val, pt.Items[1]) || Ops.RichEqBool(val, pt.Items[1])));
                });
                PySet ToSet(PyObject a) { var s = new PySet(); foreach (var x in Ops.Iterate(a)) s.Add(x); return s; }
                // CPython 3.11: dictobject.c dictview_richcompare — only against sets and key/item views.
                static bool SetLike(PyObject o) => o is PySet || o is PyDictView { Kind: 0 or 2 };
                static bool AllIn(PyObject x, PyObject y) => Ops.Iterate(x).All(e => Ops.Contains(y, e));
                static int Len(PyObject o) => Ops.Len(o);
                t.Def("__eq__", (a, b) => SetLike(b) ? Py.Bool(Len(a) == Len(b) && AllIn(a, b)) : Py.NotImplemented);
                t.Def("__ne__", (a, b) => SetLike(b) ? Py.Bool(!(Len(a) == Len(b) && AllIn(a, b))) : Py.NotImplemented);
                t.Def("__le__", (a, b) => SetLike(b) ? Py.Bool(Len(a) <= Len(b) && AllIn(a, b)) : Py.NotImplemented);
                t.Def("__lt__", (a, b) => SetLike(b) ? Py.Bool(Len(a) < Len(b) && AllIn(a, b)) : Py.NotImplemented);
                t.Def("__ge__", (a, b) => SetLike(b) ? Py.Bool(Len(a) >= Len(b) && AllIn(b, a)) : Py.NotImplemented);
                t.Def("__gt__", (a, b) => SetLike(b) ? Py.Bool(Len(a) > Len(b) && AllIn(b, a)) : Py.NotImplemented);
                // CPython 3.11: dictobject.c dictviews_sub/_PyDictView_Intersect/dictviews_or/_xor — set(left)
                // updated in place by the right operand, which may be any iterable (either side may be the view).
                PyObject ViewOp(PyObject left, PyObject right, string update)
                {
                    var r = ToSet(left);
                    Ops.CallMethod(r, update, right);
                    return r;
                }
                foreach (var (op, update) in new[] { ("and", "intersection_update"), ("or", "update"), ("sub", "difference_update"), ("xor", "symmetric_difference_update") })
                {
                    t.Def($"__{op}__", (a, b) => ViewOp(a, b, update));
                    t.Def($"__r{op}__", (a, b) => ViewOp(b, a, update));
                }
                t.Def("isdisjoint", (a, b) => Py.Bool(!Ops.Iterate(b).Any(x => Ops.Contains(a, x))));
            }
            t.Prop("mapping", a => new PyMappingProxy(V(a).Target));
        }
    }

    private static void InitMappingProxy()
    {
        var t = PyTypes.MappingProxy;
        PyDict M(PyObject o) => ((PyMappingProxy)o).Mapping;
        t.Def("__getitem__", (a, k) => M(a).GetItem(k) ?? throw new PythonException(PyExc.KeyError(k)));
        t.Def("__len__", a => PyInt.From(M(a).Count));
        t.Def("__iter__", a => new PyDictIterator(M(a), 0));
        t.Def("__contains__", (a, k) => Py.Bool(M(a).ContainsKey(k)));
        t.Def("keys", a => new PyDictView(M(a), 0));
        t.Def("values", a => new PyDictView(M(a), 1));
        t.Def("items", a => new PyDictView(M(a), 2));
        t.DefRange("get", 1, 2, (a, args) => M(a).GetItem(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance));
        t.Def("copy", a => M(a).Copy());
        t.Def("__repr__", a => new PyStr("mappingproxy(" + Repr(M(a)) + ")"));
        t.Def("__str__", a => Ops.Str(M(a)));   // CPython's str() shows the mapping itself
        t.Def("__eq__", (a, b) => Ops.RichCompare(M(a), b, 2));
    }
}
