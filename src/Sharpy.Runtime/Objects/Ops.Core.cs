using Sharpy.Runtime.Interpreter;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

public static partial class Ops
{
    [ThreadStatic] private static int _nativeDepth;

    /// <summary>Guard for native recursion (repr of nested containers, __eq__ from dict lookups, ...).</summary>
    public static void EnterNative(string where = "")
    {
        // CPython 3.11: Py_EnterRecursiveCall shares the Python recursion counter.
        var ts = Hosting.PythonRuntime.CurrentOrNull?.PyThreadState;
        if (ts != null && ++ts.Depth > ts.RecursionLimit)
        {
            ts.Depth--;
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded" + where));
        }
        if (++_nativeDepth > 20 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _nativeDepth--;
            if (ts != null) ts.Depth--;
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded" + where));
        }
    }
    /// <summary>
    /// The recursion check of a native call that cannot recurse (PyObject_Repr/PyObject_Str of an int or str): at the
    /// limit it raises as CPython does, so which message a runaway __repr__ ends with matches CPython's.
    /// </summary>
    private static void CheckNativeDepth(string where)
    {
        var ts = Hosting.PythonRuntime.CurrentOrNull?.PyThreadState;
        if (ts != null && ts.Depth >= ts.RecursionLimit)
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded" + where));
    }

    public static void LeaveNative()
    {
        _nativeDepth--;
        var ts = Hosting.PythonRuntime.CurrentOrNull?.PyThreadState;
        if (ts != null) ts.Depth--;
    }

    private static PyObject? _objectHash;

    /// <summary>object.__hash__: derived from the object's id (ObjectTypeMethods defines the same).</summary>
    internal static long ObjectHash(PyObject o) => o.Id >> 4;

    public static long Hash(PyObject o)
    {
        switch (o)
        {
            case PyStr s when ReferenceEquals(s.Type, PyTypes.Str): return s.Hash;
            case PyInt i when i.Type.IsBuiltin: return i.Hash;
            // Classes are common dict and set keys (decimal's signal flags, dispatch tables): type's own __hash__
            // is object's, the identity hash, which the class keeps instead of asking the id table each time.
            case PyType ty when ReferenceEquals(ty.Type, PyTypes.Type): return ty.IdentityHash;
        }
        var h = o.Type.Lookup("__hash__");
        if (h == null || h is PyNone)
            throw new PythonException(PyExc.TypeError($"unhashable type: '{o.Type.TpName}'"));
        // object.__hash__ itself (instances of classes that define no __hash__): no method call.
        if (ReferenceEquals(h, _objectHash ??= PyTypes.Object.Lookup("__hash__"))) return ObjectHash(o);
        var r = CallWithSelf(h, o, []);
        if (r is not PyInt ri) throw new PythonException(PyExc.TypeError("__hash__ method should return an integer"));
        if (ri.IsBig)
        {
            var hh = new PyInt(PyTypes.Int, ri.AsBig).Hash;
            return hh;
        }
        return ri.Value == -1 ? -2 : ri.Value;
    }

    public static bool IsTrue(PyObject o)
    {
        if (ReferenceEquals(o, Py.True)) return true;
        if (ReferenceEquals(o, Py.False) || o is PyNone) return false;
        var t = o.Type;
        if (t.IsBuiltin)
        {
            switch (o)
            {
                case PyInt i: return !i.IsZero;
                case PyStr s: return s.Value.Length != 0;
                case PyList l: return l.Count != 0;
                case PyTuple tu: return tu.Items.Length != 0;
                case PyDict d when o is not PyModule: return d.Count != 0;
                case PyFloat f: return f.Value != 0;
                case PySet st: return st.Count != 0;
                case Modules.Collections.PyDeque dq: return dq.Count != 0;
            }
        }
        var b = t.Lookup("__bool__");
        if (b != null)
        {
            var r = CallWithSelf(b, o, []);
            if (r is PyInt ri && ReferenceEquals(ri.Type, PyTypes.Bool)) return !ri.IsZero;
            throw new PythonException(PyExc.TypeError($"__bool__ should return bool, returned {r.Type.Name}"));
        }
        var len = t.Lookup("__len__");
        if (len != null) return LenOf(CallWithSelf(len, o, [])) != 0;
        return true;
    }

    public static int Len(PyObject o)
    {
        switch (o)
        {
            case PyStr s when s.Type.IsBuiltin: return s.Length;
            case PyList l when l.Type.IsBuiltin: return l.Count;
            case PyTuple t when t.Type.IsBuiltin: return t.Items.Length;
            case PyDict d when d.Type.IsBuiltin: return d.Count;
            case Modules.Collections.PyDeque dq when dq.Type.IsBuiltin: return dq.Count;
            case PyBytes b when b.Type.IsBuiltin: return b.Value.Length;
            case PyByteArray ba when ba.Type.IsBuiltin: return ba.Value.Count;
        }
        var len = o.Type.Lookup("__len__");
        if (len == null) throw new PythonException(PyExc.TypeError($"object of type '{o.Type.TpName}' has no len()"));
        return LenOf(CallWithSelf(len, o, []));
    }

    private static int LenOf(PyObject r)
    {
        if (r is not PyInt ri)
            throw new PythonException(PyExc.TypeError($"'{r.Type.TpName}' object cannot be interpreted as an integer"));
        if (ri.Sign < 0) throw new PythonException(PyExc.ValueError("__len__() should return >= 0"));
        if (ri.IsBig || ri.Value > int.MaxValue) throw new PythonException(PyExc.OverflowError("cannot fit 'int' into an index-sized integer"));
        return (int)ri.Value;
    }

    public static PyStr Repr(PyObject o)
    {
        switch (o)
        {
            case PyStr s when ReferenceEquals(s.Type, PyTypes.Str):
                CheckNativeDepth(" while getting the repr of an object");
                return new PyStr(StrRepr(s));
            case PyInt i when ReferenceEquals(i.Type, PyTypes.Int):
                CheckNativeDepth(" while getting the repr of an object");
                return new PyStr(IntToString(i));
        }
        var r = o.Type.Lookup("__repr__");
        EnterNative(" while getting the repr of an object");
        try
        {
            var v = CallWithSelf(r!, o, []);
            if (v is not PyStr sv) throw new PythonException(PyExc.TypeError($"__repr__ returned non-string (type {v.Type.Name})"));
            return sv;
        }
        finally { LeaveNative(); }
    }

    public static string ReprString(PyObject o) => Repr(o).Value;

    /// <summary>What object.__str__ returns: the result of the type's __repr__, not checked here
    /// (CPython's object_str calls tp_repr directly, so str() reports a bad result as "__str__ returned ...").</summary>
    public static PyObject ReprForObjectStr(PyObject o)
    {
        var r = o.Type.Lookup("__repr__");
        if (r is not PyFunction) return Repr(o);
        EnterNative(" while getting the repr of an object");
        try { return CallWithSelf(r, o, []); }
        finally { LeaveNative(); }
    }

    public static PyStr Str(PyObject o)
    {
        if (o is PyStr s && ReferenceEquals(s.Type, PyTypes.Str)) return s;
        // int's __str__ is its __repr__; builtin types are immutable, so an exact int needs no lookup.
        if (o is PyInt i && ReferenceEquals(i.Type, PyTypes.Int)) return new PyStr(IntToString(i));
        var m = o.Type.Lookup("__str__");
        EnterNative(" while getting the str of an object");
        try
        {
            var v = CallWithSelf(m!, o, []);
            if (v is not PyStr sv) throw new PythonException(PyExc.TypeError($"__str__ returned non-string (type {v.Type.Name})"));
            return sv;
        }
        finally { LeaveNative(); }
    }

    public static string StrString(PyObject o) => Str(o).Value;

    public static string IntToString(PyInt i) => i.IsBig ? IntOps.BigToDecimal(i.AsBig) : i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- iteration ----

    public static PyObject GetIter(PyObject o)
    {
        switch (o)
        {
            case PyList l when l.Type.IsBuiltin: return new PySeqIterator(PyTypes.ListIterator, l);
            case PyTuple t when t.Type.IsBuiltin: return new PySeqIterator(PyTypes.TupleIterator, t);
        }
        var it = o.Type.Lookup("__iter__");
        if (it != null && it is not PyNone)
        {
            var r = CallWithSelf(it, o, []);
            if (r.Type.Lookup("__next__") == null)
                throw new PythonException(PyExc.TypeError($"iter() returned non-iterator of type '{r.Type.TpName}'"));
            return r;
        }
        if (it == null && o.Type.Lookup("__getitem__") != null) return new PySeqIterator(PyTypes.Iterator, o);
        throw new PythonException(PyExc.TypeError($"'{o.Type.TpName}' object is not iterable"));
    }

    /// <summary>next(it), or null when exhausted (no StopIteration object for native iterators).</summary>
    public static PyObject? Next(PyObject it)
    {
        // A plain generator ends without raising StopIteration: a .NET exception per exhausted generator cost
        // ~10 us, which made tuple(genexpr), sum(genexpr), "".join(genexpr) 10-20x slower than CPython.
        // Tested first: PyGenerator is sealed, so the test is one type-handle compare, while the PyIterator test
        // walks the class hierarchy.
        if (it is PyGenerator { Kind: GeneratorKind.Generator } g && ReferenceEquals(it.Type, PyTypes.Generator))
            return g.ResumeForIter();
        if (it is PyIterator ni) return ni.Next();
        var n = it.Type.Lookup("__next__");
        if (n == null) throw new PythonException(PyExc.TypeError($"'{it.Type.TpName}' object is not an iterator"));
        try
        {
            return CallWithSelf(n, it, []);
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType))
        {
            return null;
        }
    }

    /// <summary>Like <see cref="Next"/> but exposes the StopIteration value (for yield from / generators).</summary>
    public static IEnumerable<PyObject> Iterate(PyObject o)
    {
        var it = GetIter(o);
        while (true)
        {
            var v = Next(it);
            if (v == null) yield break;
            yield return v;
        }
    }

    public static List<PyObject> ToList(PyObject o)
    {
        switch (o)
        {
            case PyList l when l.Type.IsBuiltin: return new List<PyObject>(l.Span.ToArray());
            case PyTuple t when t.Type.IsBuiltin: return new List<PyObject>(t.Items);
        }
        var list = new List<PyObject>();
        var it = GetIter(o);
        while (Next(it) is { } v) list.Add(v);
        return list;
    }

    public static PyObject[] ToArray(PyObject o)
    {
        switch (o)
        {
            case PyTuple t when t.Type.IsBuiltin: return t.Items;
            case PyList l when l.Type.IsBuiltin: return l.ToArray();
        }
        return ToList(o).ToArray();
    }

    // ---- items ----

    /// <summary>The Python <c>__getitem__</c> the eval loop may run as a frame for <c>o[key]</c> (the one
    /// <see cref="GetItem"/> would call first), or null when the native path must run.</summary>
    public static PyFunction? SubscriptDunderFunction(PyObject o) =>
        o.Type.IsBuiltin ? null : PlainFunction(o.Type.Lookup(GetItemName));

    private static readonly PyStr GetItemName = PyStr.Intern("__getitem__");

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o is PyList l && ReferenceEquals(o.Type, PyTypes.List) && key is PyInt ki && !ki.IsBig)
        {
            long i = ki.Value;
            if (i < 0) i += l.Count;
            if ((ulong)i < (ulong)l.Count) return l.Items[i];
            throw new PythonException(PyExc.IndexError("list index out of range"));
        }
        // An exact list's __getitem__ is list's own: no lookup, no argument array, no descriptor call.
        if (key is PySlice && o is PyList sliced && ReferenceEquals(o.Type, PyTypes.List)) return ListMethods.GetItem(sliced, key);
        if (o is PyDict d && ReferenceEquals(o.Type, PyTypes.Dict))
        {
            var v = d.GetItem(key);
            if (v != null) return v;
            throw new PythonException(PyExc.KeyError(key));
        }
        var gi = o.Type.Lookup("__getitem__");
        if (gi != null) return CallWithSelf(gi, o, [key]);
        if (o is PyType t)
        {
            if (ReferenceEquals(t, PyTypes.Type)) return new PyGenericAlias(t, key);
            var cg = t.Lookup("__class_getitem__");
            if (cg != null) return Call(DescrGet(cg is PyFunction ? new PyClassMethod(cg) : cg, null, t), key);
            throw new PythonException(PyExc.TypeError($"type '{t.Name}' is not subscriptable"));
        }
        throw new PythonException(PyExc.TypeError($"'{o.Type.TpName}' object is not subscriptable"));
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o is PyDict d && ReferenceEquals(o.Type, PyTypes.Dict)) { d.SetItem(key, value); return; }
        if (o is PyList l && ReferenceEquals(o.Type, PyTypes.List)) { ListMethods.SetItem(l, key, value); return; }
        var si = o.Type.Lookup("__setitem__");
        if (si == null) throw new PythonException(PyExc.TypeError($"'{o.Type.TpName}' object does not support item assignment"));
        CallWithSelf(si, o, [key, value]);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var di = o.Type.Lookup("__delitem__");
        if (di == null) throw new PythonException(PyExc.TypeError(NoItemDeletionMessage(o, key)));
        CallWithSelf(di, o, [key]);
    }

    /// <summary>CPython words this error by the path that gave up: an integer key on a type with
    /// sequence slots (every class statement's type has them; builtins that have a length or
    /// membership test) fails in PySequence_DelItem ("doesn't"), anything else in PyObject_DelItem.</summary>
    private static string NoItemDeletionMessage(PyObject o, PyObject key)
    {
        var t = o.Type;
        bool hasSequenceSlots = !t.IsBuiltin || t.Lookup("__len__") != null || t.Lookup("__contains__") != null;
        bool keyIsIndex = key is PyInt || key.Type.Lookup("__index__") != null;
        return hasSequenceSlots && keyIsIndex
            ? $"'{t.TpName}' object doesn't support item deletion"
            : $"'{t.TpName}' object does not support item deletion";
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when ReferenceEquals(d.Type, PyTypes.Dict): return d.ContainsKey(item);
            // A set looked up in a set is compared as a frozenset: set.__contains__ does that.
            case PySet s when s.Type.IsBuiltin && item is not PySet { Frozen: false }: return s.Contains(item);
        }
        var c = container.Type.Lookup("__contains__");
        if (c != null && c is not PyNone) return IsTrue(CallWithSelf(c, container, [item]));
        if (c == null && container.Type.Lookup("__iter__") == null && container.Type.Lookup("__getitem__") == null)
            throw new PythonException(PyExc.TypeError($"argument of type '{container.Type.TpName}' is not iterable"));
        var it = GetIter(container);
        while (Next(it) is { } v)
            if (ReferenceEquals(v, item) || RichEqBool(v, item)) return true;
        return false;
    }

    // ---- numbers ----

    /// <summary>
    /// A start/stop argument of index()/find()/count()-style methods (CPython's _PyEval_SliceIndex): any
    /// integer, clamped to the long range so a huge bound means "the end"; <paramref name="allowNone"/> names
    /// the str/bytes methods, whose message mentions None. The caller handles None itself.
    /// </summary>
    public static long SliceIndexArgument(PyObject o, bool allowNone)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError(allowNone
                ? "slice indices must be integers or None or have an __index__ method"
                : "slice indices must be integers or have an __index__ method"));
        var i = Index(o);
        return i.IsBig ? (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : i.Value;
    }

    /// <summary>operator.index(o) → int.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i.Type.IsBuiltin ? i : PyInt.From(i.AsBig);
        var m = o.Type.Lookup("__index__");
        if (m == null) throw new PythonException(PyExc.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer"));
        var r = CallWithSelf(m, o, []);
        if (r is not PyInt ri) throw new PythonException(PyExc.TypeError($"__index__ returned non-int (type {r.Type.Name})"));
        return ri;
    }

    public static long ToLong(PyObject o)
    {
        var i = Index(o);
        if (i.IsBig) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C ssize_t"));
        return i.Value;
    }

    public static int ToInt(PyObject o)
    {
        var i = Index(o);
        if (i.IsBig || i.Value > int.MaxValue || i.Value < int.MinValue)
            throw new PythonException(PyExc.OverflowError("Python int too large to convert to C int"));
        return (int)i.Value;
    }

    /// <summary>Index for sequence subscripting (IndexError for out-of-range big ints).</summary>
    public static long AsIndex(PyObject o, string? typeName = null)
    {
        if (o is PyInt i && !i.IsBig) return i.Value;
        if (o is not PyInt && o.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError($"{typeName ?? "sequence"} indices must be integers or slices, not {o.Type.Name}"));
        var ii = Index(o);
        if (ii.IsBig) throw new PythonException(PyExc.IndexError($"cannot fit 'int' into an index-sized integer"));
        return ii.Value;
    }

    public static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i:
                if (!i.IsBig) return i.Value;
                var d = Sharpy.Runtime.Modules.MathSupport.MathInteger.ToDouble(i.AsBig); // correctly rounded
                if (double.IsInfinity(d)) throw new PythonException(PyExc.OverflowError("int too large to convert to float"));
                return d;
        }
        var m = o.Type.Lookup("__float__");
        if (m != null)
        {
            var r = CallWithSelf(m, o, []);
            if (r is PyFloat rf) return rf.Value;
            throw new PythonException(PyExc.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})"));
        }
        if (o.Type.Lookup("__index__") != null) return ToDouble(Index(o));
        throw new PythonException(PyExc.TypeError($"must be real number, not {o.Type.Name}"));
    }

    public static BigInteger ToBig(PyObject o) => Index(o).AsBig;

    // ---- type checks ----

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type.IsSubtypeOf(t)) return true;
            if (ReferenceEquals(t.Type, PyTypes.Type)) return false;
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsInstance(o, c)) return true;
            return false;
        }
        if (cls is PyUnionType u)
        {
            foreach (var c in u.Args) if (IsInstance(o, c)) return true;
            return false;
        }
        // CPython 3.11: genericaliasobject.c ga_instancecheck.
        if (cls is PyGenericAlias)
            throw new PythonException(PyExc.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        var check = cls.Type.Lookup("__instancecheck__");
        if (check != null) return IsTrue(CallWithSelf(check, cls, [o]));
        if (cls is not PyType)
            throw new PythonException(PyExc.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        return false;
    }

    public static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsSubclass(sub, c)) return true;
            return false;
        }
        if (cls is PyUnionType u)
        {
            foreach (var c in u.Args) if (IsSubclass(sub, c)) return true;
            return false;
        }
        // CPython 3.11: Objects/abstract.c PyObject_IsSubclass — any object whose type defines
        // __subclasscheck__ decides (typing aliases, ABCs); exact `type` instances take the fast path.
        if (cls is PyGenericAlias)
            throw new PythonException(PyExc.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        if (!ReferenceEquals(cls.Type, PyTypes.Type))
        {
            var check = cls.Type.Lookup("__subclasscheck__");
            if (check != null) return IsTrue(CallWithSelf(check, cls, [sub]));
        }
        if (sub is not PyType st) throw new PythonException(PyExc.TypeError("issubclass() arg 1 must be a class"));
        if (cls is not PyType t) throw new PythonException(PyExc.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        return st.IsSubtypeOf(t);
    }
}

public static partial class Ops
{
    /// <summary>format(o, spec).</summary>
    public static PyStr Format(PyObject o, string spec)
    {
        if (spec.Length == 0 && o is PyStr s && ReferenceEquals(s.Type, PyTypes.Str)) return s;
        if (o is PyInt i && ReferenceEquals(o.Type, PyTypes.Int))
        {
            // CPython 3.11 PyObject_Format: an exact int with an empty spec goes through PyObject_Str.
            if (spec.Length == 0) CheckNativeDepth(" while getting the str of an object");
            return new PyStr(Formatting.FormatInt(i, spec));
        }
        if (o is PyFloat f && ReferenceEquals(o.Type, PyTypes.Float)) return new PyStr(Formatting.FormatFloat(f.Value, spec));
        var m = o.Type.Lookup("__format__");
        if (m == null) throw new PythonException(PyExc.TypeError($"Type {o.Type.Name} doesn't define __format__"));
        var r = CallWithSelf(m, o, [new PyStr(spec)]);
        if (r is not PyStr rs) throw new PythonException(PyExc.TypeError($"__format__ must return a str, not {r.Type.Name}"));
        return rs;
    }

    /// <summary>CPython's PySlice_GetIndicesEx: normalised (start, stop, step, length).</summary>
    public static (long start, long stop, long step, long count) SliceIndices(PySlice s, long length)
    {
        long step = s.Step is PyNone ? 1 : SliceValue(s.Step);
        if (step == 0) throw new PythonException(PyExc.ValueError("slice step cannot be zero"));
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long start, stop;
        if (s.Start is PyNone) start = step < 0 ? upper : lower;
        else
        {
            start = SliceValue(s.Start);
            if (start < 0) { start += length; if (start < lower) start = lower; }
            else if (start > upper) start = upper;
        }
        if (s.Stop is PyNone) stop = step < 0 ? lower : upper;
        else
        {
            stop = SliceValue(s.Stop);
            if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
            else if (stop > upper) stop = upper;
        }
        long count;
        if (step < 0) count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
        return (start, stop, step, count);
    }

    private static long SliceValue(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : i.Value;
        if (o.Type.Lookup("__index__") == null)
            throw new PythonException(PyExc.TypeError("slice indices must be integers or None or have an __index__ method"));
        var ii = Index(o);
        return ii.IsBig ? (ii.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : ii.Value;
    }

    /// <summary>Normalise a sequence index (negative from the end); -1 when out of range.</summary>
    public static long NormalizeIndex(long i, long length) { if (i < 0) i += length; return i >= 0 && i < length ? i : -1; }
}
