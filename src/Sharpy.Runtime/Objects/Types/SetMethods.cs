using System.Text;

namespace Sharpy.Runtime.Objects;

internal static class SetMethods
{
    private static PySet S(PyObject o) => o as PySet ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'set' object but received '{o.Type.Name}'"));

    private static PySet NewLike(PySet s, bool frozenOverride = false) => s.Frozen || frozenOverride ? new PySet(PyTypes.FrozenSet, true) : new PySet();

    public static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet();
        if (o is PyDict d && d.Type.IsBuiltin) { r.UpdateFromDict(d); return r; }
        foreach (var x in Ops.Iterate(o)) r.Add(x);
        return r;
    }

    public static PySet Copy(PySet s, bool frozen)
    {
        var r = frozen ? new PySet(PyTypes.FrozenSet, true) : new PySet();
        r.UpdateFromSet(s);
        return r;
    }

    public static bool SetEquals(PySet a, PySet b) => a.Count == b.Count && a.ToList().All(b.Contains);

    public static PyObject Binary(PySet a, PyObject bObj, char op)
    {
        if (bObj is not PySet && bObj is not PyDictView) return Py.NotImplemented;
        var b = ToSet(bObj);
        return op switch
        {
            '|' => Union(a, b),
            '&' => Intersection(a, b),
            '-' => Difference(a, b),
            _ => SymDiff(a, bObj),
        };
    }

    private static PySet Union(PySet a, PySet b) { var r = Copy(a, a.Frozen); r.UpdateFromSet(b); return r; }

    // CPython 3.11: set_intersection iterates the smaller set.
    private static PySet Intersection(PySet a, PySet b)
    {
        var r = NewLike(a);
        PySet small = a, big = b;
        if (b.Count < a.Count) { small = b; big = a; }
        int pos = 0;
        while (small.Next(ref pos, out var k, out var h)) if (big.Contains(k, h)) r.Add(k, h);
        return r;
    }

    private static PySet Difference(PySet a, PySet b)
    {
        var r = NewLike(a);
        int pos = 0;
        while (a.Next(ref pos, out var k, out var h)) if (!b.Contains(k, h)) r.Add(k, h);
        return r;
    }

    // CPython 3.11: set_symmetric_difference — a new set built from `other`, updated in place with `a`'s
    // items (the result's table layout, hence its iteration order, follows from that).
    private static PySet SymDiff(PySet a, PyObject other)
    {
        PySet r;
        if (other is PySet b) r = Copy(b, a.Frozen);
        else
        {
            r = NewLike(a);
            if (other is PyDict d && d.Type.IsBuiltin) r.UpdateFromDict(d);
            else foreach (var x in Ops.Iterate(other)) r.Add(x);
        }
        SymDiffUpdate(r, a);
        return r;
    }

    // CPython 3.11: set_symmetric_difference_update — discards or adds each item of `other` in place.
    private static void SymDiffUpdate(PySet target, PySet other)
    {
        if (ReferenceEquals(target, other)) { target.Clear(); return; }
        int pos = 0;
        while (other.Next(ref pos, out var k, out var h))
        {
            if (target.Contains(k, h)) target.Remove(k); else target.Add(k, h);
        }
    }

    public static string Repr(PySet s)
    {
        string name = s.Type.Name;
        bool plain = ReferenceEquals(s.Type, PyTypes.Set);
        if (s.Count == 0) return name + "()";
        if (!SeqHelpers.ReprEnter(s)) return name + "(...)";
        try
        {
            var sb = new StringBuilder();
            if (!plain) sb.Append(name).Append('(');
            sb.Append('{');
            bool first = true;
            foreach (var k in s.ToList())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.ReprString(k));
            }
            sb.Append('}');
            if (!plain) sb.Append(')');
            return sb.ToString();
        }
        finally { SeqHelpers.ReprLeave(s); }
    }

    // CPython 3.11: Objects/setobject.c frozenset_hash
    public static long FrozenHash(PySet s)
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        int pos = 0;
        while (s.Next(ref pos, out _, out var h)) hash ^= Shuffle((ulong)h);
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    public static void Init()
    {
        foreach (var t in new[] { PyTypes.Set, PyTypes.FrozenSet })
        {
            bool frozen = t == PyTypes.FrozenSet;
            t.Def("__len__", a => PyInt.From(S(a).Count));
            t.Def("__repr__", a => new PyStr(Repr(S(a))));
            t.Def("__iter__", a => new PySetIterator(S(a)));
            t.Def("__contains__", (a, x) =>
            {
                if (x is PySet xs && !xs.Frozen && x.Type.Lookup("__hash__") is PyNone)
                    return Py.Bool(S(a).Contains(Copy(xs, true)));
                return Py.Bool(S(a).Contains(x));
            });
            t.Def("__or__", (a, b) => Binary(S(a), b, '|'));
            t.Def("__and__", (a, b) => Binary(S(a), b, '&'));
            t.Def("__sub__", (a, b) => Binary(S(a), b, '-'));
            t.Def("__xor__", (a, b) => Binary(S(a), b, '^'));
            t.Def("__ror__", (a, b) => b is PySet bs ? Binary(bs, a, '|') : Py.NotImplemented);
            t.Def("__rand__", (a, b) => b is PySet bs ? Binary(bs, a, '&') : Py.NotImplemented);
            t.Def("__rsub__", (a, b) => b is PySet bs ? Binary(bs, a, '-') : Py.NotImplemented);
            t.Def("__rxor__", (a, b) => b is PySet bs ? Binary(bs, a, '^') : Py.NotImplemented);
            t.Def("__eq__", (a, b) => b is PySet bs ? Py.Bool(SetEquals(S(a), bs)) : Py.NotImplemented);
            t.Def("__ne__", (a, b) => b is PySet bs ? Py.Bool(!SetEquals(S(a), bs)) : Py.NotImplemented);
            t.Def("__le__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count <= bs.Count && S(a).ToList().All(bs.Contains)) : Py.NotImplemented);
            t.Def("__lt__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count < bs.Count && S(a).ToList().All(bs.Contains)) : Py.NotImplemented);
            t.Def("__ge__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count >= bs.Count && bs.ToList().All(S(a).Contains)) : Py.NotImplemented);
            t.Def("__gt__", (a, b) => b is PySet bs ? Py.Bool(S(a).Count > bs.Count && bs.ToList().All(S(a).Contains)) : Py.NotImplemented);
            t.DefRange("union", 0, int.MaxValue, (a, args) => { var r = Copy(S(a), frozen); foreach (var o in args) r.UpdateFromSet(ToSet(o)); return r; });
            t.DefRange("intersection", 0, int.MaxValue, (a, args) => { var r = Copy(S(a), frozen); foreach (var o in args) r = Intersection(r, ToSet(o)); return r; });
            t.DefRange("difference", 0, int.MaxValue, (a, args) => { var r = Copy(S(a), frozen); foreach (var o in args) r = Difference(r, ToSet(o)); return r; });
            t.Def("symmetric_difference", (a, b) => SymDiff(S(a), b));
            t.Def("issubset", (a, b) => { var bs = ToSet(b); return Py.Bool(S(a).ToList().All(bs.Contains)); });
            t.Def("issuperset", (a, b) => Py.Bool(Ops.Iterate(b).All(S(a).Contains)));
            t.Def("isdisjoint", (a, b) => Py.Bool(!Ops.Iterate(b).Any(S(a).Contains)));
            t.Def("copy", a => frozen && ReferenceEquals(a.Type, PyTypes.FrozenSet) ? a : Copy(S(a), frozen));
            t.DefClassGetItem();
        }
        var fs = PyTypes.FrozenSet;
        fs.Def("__hash__", a => PyInt.From(FrozenHash(S(a))));
        fs.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            ArgParser.NoKeywords("frozenset", kw);
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"frozenset expected at most 1 argument, got {args.Length - 1}"));
            var cls = (PyType)args[0];
            if (args.Length == 2 && args[1] is PySet src && ReferenceEquals(src.Type, PyTypes.FrozenSet) && ReferenceEquals(cls, PyTypes.FrozenSet)) return src;
            var r = new PySet(cls, true);
            if (args.Length == 2)
            {
                if (args[1] is PySet ss) r.UpdateFromSet(ss);
                else if (args[1] is PyDict dd && dd.Type.IsBuiltin) r.UpdateFromDict(dd);
                else foreach (var x in Ops.Iterate(args[1])) r.Add(x);
            }
            return r;
        })));
        var t2 = PyTypes.Set;
        t2.Dict.SetItem("__hash__", PyNone.Instance);
        t2.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => new PySet((PyType)args[0], false))));
        t2.DefRaw("__init__", (args, kw) =>
        {
            ArgParser.NoKeywords("set", kw);
            if (args.Length > 2) throw new PythonException(PyExc.TypeError($"set expected at most 1 argument, got {args.Length - 1}"));
            var s = S(args[0]);
            s.Clear();
            if (args.Length == 2)
            {
                if (args[1] is PySet ss) s.UpdateFromSet(ss);
                else if (args[1] is PyDict dd && dd.Type.IsBuiltin) s.UpdateFromDict(dd);
                else foreach (var x in Ops.Iterate(args[1])) s.Add(x);
            }
            return PyNone.Instance;
        });
        t2.Def("add", (a, x) => { S(a).Add(x); return PyNone.Instance; });
        t2.Def("discard", (a, x) => { S(a).Remove(x); return PyNone.Instance; });
        t2.Def("remove", (a, x) =>
        {
            if (!S(a).Remove(x)) throw new PythonException(PyExc.KeyError(x));
            return PyNone.Instance;
        });
        t2.Def("pop", a => S(a).PopAny());
        t2.Def("clear", a => { S(a).Clear(); return PyNone.Instance; });
        t2.DefRange("update", 0, int.MaxValue, (a, args) =>
        {
            foreach (var o in args)
            {
                if (o is PySet os) S(a).UpdateFromSet(os);
                else if (o is PyDict od && od.Type.IsBuiltin) S(a).UpdateFromDict(od);
                else foreach (var x in Ops.Iterate(o)) S(a).Add(x);
            }
            return PyNone.Instance;
        });
        t2.DefRange("intersection_update", 0, int.MaxValue, (a, args) => { var r = S(a); foreach (var o in args) Replace(r, Intersection(r, ToSet(o))); return PyNone.Instance; });
        t2.DefRange("difference_update", 0, int.MaxValue, (a, args) => { foreach (var o in args) foreach (var x in Ops.Iterate(o)) S(a).Remove(x); return PyNone.Instance; });
        t2.Def("symmetric_difference_update", (a, b) => { SymDiffUpdate(S(a), b is PySet bs ? bs : ToSet(b)); return PyNone.Instance; });
        t2.Def("__ior__", (a, b) => { if (b is not PySet bs) return Py.NotImplemented; S(a).UpdateFromSet(bs); return a; });
        t2.Def("__iand__", (a, b) => { if (b is not PySet bs) return Py.NotImplemented; Replace(S(a), Intersection(S(a), bs)); return a; });
        t2.Def("__isub__", (a, b) => { if (b is not PySet bs) return Py.NotImplemented; foreach (var x in bs.ToList()) S(a).Remove(x); return a; });
        t2.Def("__ixor__", (a, b) => { if (b is not PySet bs) return Py.NotImplemented; SymDiffUpdate(S(a), bs); return a; });
    }

    private static void Replace(PySet target, PySet src)
    {
        target.Clear();
        target.UpdateFromSet(src);
    }
}
