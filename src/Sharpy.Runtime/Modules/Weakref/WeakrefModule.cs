using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Weakref;

/// <summary>
/// <c>_weakref</c>: the weak reference type (<c>weakref.ReferenceType</c>, exported as <c>ref</c>),
/// <c>getweakrefcount</c> and <c>getweakrefs</c>. <c>lib/weakref.py</c> builds proxies, the weak
/// containers and <c>finalize</c> on top of it.
/// </summary>
public static class WeakrefModule
{
    private const string Mod = "_weakref";

    public static readonly PyType RefType = CreateRefType();

    private static PyWeakRef Self(PyObject o) => (PyWeakRef)o;

    private static PyType CreateRefType()
    {
        var t = PyTypes.NewBuiltin("ReferenceType", PyTypes.Object, "weakref");
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length < 1) throw new PythonException(PyExc.TypeError("weakref.ReferenceType.__new__(): not enough arguments"));
            if (args[0] is not PyType cls)
                throw new PythonException(PyExc.TypeError($"weakref.ReferenceType.__new__(X): X is not a type object ({args[0].Type.Name})"));
            if (!cls.IsSubtypeOf(t))
                throw new PythonException(PyExc.TypeError($"weakref.ReferenceType.__new__({cls.Name}): {cls.Name} is not a subtype of weakref.ReferenceType"));
            int n = args.Length - 1;
            if (n < 1) throw new PythonException(PyExc.TypeError($"__new__ expected at least 1 argument, got {n}"));
            if (n > 2 && ReferenceEquals(cls, t)) throw new PythonException(PyExc.TypeError($"__new__ expected at most 2 arguments, got {n}"));
            return New(cls, args[1], n > 1 ? args[2] : PyNone.Instance);
        })));
        // Subclasses (KeyedRef-style) pass extra arguments through to __init__.
        t.DefRaw("__init__", (args, kw) => PyNone.Instance);
        t.Dict.SetItem("__call__", new PyMethodDescriptor(t, "__call__", (args, kw) =>
        {
            if (args.Length != 1) throw new PythonException(PyExc.TypeError($"weakref expected 0 arguments, got {args.Length - 1}"));
            return Self(args[0]).Target ?? PyNone.Instance;
        }));
        t.Prop("__callback__", a => Self(a).Target != null ? Self(a).Callback ?? PyNone.Instance : PyNone.Instance);
        t.Def("__hash__", a =>
        {
            var r = Self(a);
            if (r.CachedHash is { } h) return PyInt.From(h);
            var target = r.Target ?? throw new PythonException(PyExc.TypeError("weak object has gone away"));
            r.CachedHash = Ops.Hash(target);
            return PyInt.From(r.CachedHash.Value);
        });
        t.Def("__eq__", (a, b) => Compare(a, b, true));
        t.Def("__ne__", (a, b) => Compare(a, b, false));
        t.Def("__repr__", a =>
        {
            var target = Self(a).Target;
            if (target == null) return new PyStr($"<weakref at 0x{a.Id:x}; dead>");
            string name = "";
            try
            {
                if (Ops.TryGetAttr(target, PyStr.Intern("__name__"), out var n) && n is PyStr ns) name = $" ({ns.Value})";
            }
            catch (PythonException) { }
            return new PyStr($"<weakref at 0x{a.Id:x}; to '{target.Type.Name}' at 0x{target.Id:x}{name}>");
        });
        t.Dict.SetItem("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (args, kw) => args[0])));
        return t;
    }

    private static PyObject Compare(PyObject a, PyObject b, bool eq)
    {
        if (b is not PyWeakRef rb) return PyNotImplemented.Instance;
        var ta = Self(a).Target;
        var tb = rb.Target;
        if (ta == null || tb == null) return Py.Bool(ReferenceEquals(a, b) == eq);
        bool same = Ops.RichEqBool(ta, tb);
        return Py.Bool(same == eq);
    }

    /// <summary>ref(obj, callback): reuses the existing plain ref when there is no callback (as CPython).</summary>
    public static PyWeakRef New(PyType cls, PyObject target, PyObject callback)
    {
        if (!WeakRefRegistry.IsWeakReferenceable(target))
            throw new PythonException(PyExc.TypeError($"cannot create weak reference to '{target.Type.Name}' object"));
        WeakRefRegistry.RunPendingCallbacks();
        bool plain = ReferenceEquals(cls, RefType) && callback is PyNone;
        if (plain)
        {
            foreach (var existing in WeakRefRegistry.RefsTo(target))
                if (ReferenceEquals(existing.Type, RefType) && existing.Callback == null) return existing;
        }
        var r = new PyWeakRef(cls, target, callback);
        if (cls.SlotNames.Length > 0) r.SlotValues = new PyObject?[cls.SlotNames.Length];
        WeakRefRegistry.Add(target, r);
        return r;
    }

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.SetItem("ref", RefType);
        d.SetItem("ReferenceType", RefType);
        d.DefFunction("getweakrefcount", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"_weakref.getweakrefcount() takes exactly one argument ({a.Length} given)"));
            return PyInt.From(WeakRefRegistry.RefsTo(a[0]).Count);
        }, Mod);
        d.DefFunction("getweakrefs", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"_weakref.getweakrefs() takes exactly one argument ({a.Length} given)"));
            var refs = WeakRefRegistry.OrderedRefsTo(a[0]);
            return new PyList(refs.Select(r => (PyObject)r).ToArray());
        }, Mod);
        d.DefFunction("_run_pending_callbacks", (a, k) =>
        {
            WeakRefRegistry.Sweep();
            WeakRefRegistry.RunPendingCallbacks();
            return PyNone.Instance;
        }, Mod);
        return m;
    }
}
