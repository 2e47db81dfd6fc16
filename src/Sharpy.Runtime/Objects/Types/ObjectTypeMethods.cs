using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

/// <summary>Methods of <c>object</c> and <c>type</c>.</summary>
internal static class ObjectTypeMethods
{
    public static string DefaultRepr(PyObject o) => $"<{o.Type.FullName} object at 0x{o.Id:x}>";

    public static void Init()
    {
        var t = PyTypes.Object;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", TypeCreation.ObjectNew)));
        t.DefRaw("__init__", (args, kw) =>
        {
            var self = args[0];
            if (args.Length > 1)
            {
                var type = self.Type;
                bool initOverridden = !ReferenceEquals(type.Lookup("__init__"), PyTypes.Object.Dict.GetItem("__init__"));
                bool newOverridden = !ReferenceEquals(type.Lookup("__new__"), PyTypes.Object.Dict.GetItem("__new__"));
                if (initOverridden) throw new PythonException(PyExc.TypeError("object.__init__() takes exactly one argument (the instance to initialize)"));
                if (!newOverridden) throw new PythonException(PyExc.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)"));
            }
            return PyNone.Instance;
        });
        Ops.ObjectInit = t.Dict.GetItem("__init__");
        t.Def("__repr__", self => new PyStr(DefaultRepr(self)));
        t.Def("__str__", self => Ops.ReprForObjectStr(self));
        t.Def("__hash__", self => PyInt.From(Ops.ObjectHash(self)));
        t.Def("__eq__", (self, other) => ReferenceEquals(self, other) ? Py.True : Py.NotImplemented);
        t.Def("__ne__", (self, other) =>
        {
            var eq = self.Type.Lookup("__eq__");
            if (eq == null) return Py.NotImplemented;
            var r = Ops.CallWithSelf(eq, self, [other]);
            if (ReferenceEquals(r, Py.NotImplemented)) return r;
            return Py.Bool(!Ops.IsTrue(r));
        });
        foreach (var n in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            t.Def(n, (self, other) => Py.NotImplemented);
        t.Def("__getattribute__", (self, name) =>
        {
            if (name is not PyStr s) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'"));
            if (self is PyType tt)
            {
                if (Ops.TryGetAttrNoHook(tt, s, out var tv)) return tv;
            }
            else if (Ops.GenericGetAttr(self, s, out var v)) return v;
            throw new PythonException(Ops.AttributeErrorFor(self, s.Value));
        });
        t.Def("__setattr__", (self, name, value) =>
        {
            HackCheck(self, "__setattr__");
            if (name is not PyStr s) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'"));
            Ops.GenericSetAttr(self, s, value);
            return PyNone.Instance;
        });
        t.Def("__delattr__", (self, name) =>
        {
            HackCheck(self, "__delattr__");
            if (name is not PyStr s) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'"));
            Ops.GenericSetAttr(self, s, null);
            return PyNone.Instance;
        });
        t.Def("__format__", (self, spec) =>
        {
            var ss = new PyStr(StrMethods.FormatSpecArg(spec));
            if (ss.Value.Length > 0) throw new PythonException(PyExc.TypeError($"unsupported format string passed to {self.Type.Name}.__format__"));
            return Ops.Str(self);
        });
        t.Def("__dir__", self => new PyList(Builtins.BuiltinsModule.DirDefault(self).Select(s => (PyObject)new PyStr(s)).ToArray()));
        t.Def("__sizeof__", self => PyInt.From(16));
        t.Def("__reduce_ex__", (self, proto) => Modules.Copyreg.CopyregBridge.ReduceEx(self, proto));
        t.Def("__reduce__", self => Modules.Copyreg.CopyregBridge.Reduce(self));
        t.Def("__getstate__", self => Modules.Copyreg.CopyregBridge.GetState(self));
        t.DefClassMethod("__init_subclass__", (args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw new PythonException(PyExc.TypeError($"{((PyType)args[0]).QualName}.__init_subclass__() takes no keyword arguments"));
            return PyNone.Instance;
        });
        t.DefClassMethod("__subclasshook__", (args, kw) => Py.NotImplemented);
        t.Prop("__class__", self => self.Type, (self, v) =>
        {
            if (v is not PyType nt) throw new PythonException(PyExc.TypeError($"__class__ must be set to a class, not '{v?.Type.Name}' object"));
            // CPython 3.11: object_set_class — builtin classes may take part only when both are module types
            // (importlib.util.LazyLoader turns a module into a subclass and back).
            bool modules = self is PyModule && nt.IsSubtypeOf(PyTypes.Module);
            if ((self.Type.IsBuiltin || nt.IsBuiltin) && !modules)
                throw new PythonException(PyExc.TypeError($"__class__ assignment only supported for mutable types or ModuleType subclasses"));
            // CPython 3.11: typeobject.c compatible_for_assignment — same solid base, same slots, same __dict__
            // (a module keeps its own namespace whatever its class says).
            var old = self.Type;
            if (!ReferenceEquals(nt.SolidBase, old.SolidBase) || (!modules && nt.HasInstanceDict != old.HasInstanceDict)
                || !nt.SlotNames.AsSpan().SequenceEqual(old.SlotNames))
                throw new PythonException(PyExc.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{old.Name}'"));
            // A dict or slots kept in ObjectSideState must stay visible under the new class.
            if (old.UsesSideState) nt.UsesSideState = true;
            if (Finalization.IsTracked(self)) nt.InstancesTracked = true;
            self.Type = nt;
        });
    }

    // CPython 3.11: typeobject.c type_new_descriptors — a class gets a __weakref__ slot unless a base already
    // has one (or is a variable-size builtin such as int/tuple/bytes) or its __slots__ leave it out.
    public static bool NeedsWeakrefSlot(PyType t, PyDict ns)
    {
        if (ns.GetItem("__slots__") is { } slots)
        {
            bool listed = slots is PyStr one ? one.Value == "__weakref__" : Ops.ToList(slots).Any(x => x is PyStr s && s.Value == "__weakref__");
            if (!listed) return false;
        }
        foreach (var b in t.Mro.Skip(1))
        {
            if (b.Dict.GetItem("__weakref__") != null) return false;
            if (ReferenceEquals(b, PyTypes.Int) || ReferenceEquals(b, PyTypes.Tuple) || ReferenceEquals(b, PyTypes.Bytes)
                || ReferenceEquals(b, PyTypes.Type) || ReferenceEquals(b, PyTypes.Set) || ReferenceEquals(b, PyTypes.FrozenSet))
                return false;
        }
        return true;
    }

    /// <summary>A class's <c>__weakref__</c> attribute: the object's first weak reference, or None.</summary>
    public static PyGetSetDescriptor WeakrefDescriptor(PyType owner) => new(owner, "__weakref__",
        self => (PyObject?)Modules.Weakref.WeakRefRegistry.OrderedRefsTo(self).FirstOrDefault() ?? PyNone.Instance, null)
    { Doc = "list of weak references to the object" };

    /// <summary>The <c>__dict__</c> descriptor of a class whose instances get a namespace (CPython's subtype_dict).</summary>
    public static PyGetSetDescriptor InstanceDictDescriptor(PyType owner) =>
        new(owner, "__dict__", GetInstanceDict, SetInstanceDict) { Doc = "dictionary for instance variables" };

    private static PyObject GetInstanceDict(PyObject self)
    {
        if (!self.Type.HasInstanceDict && self is not PyModule && self is not PyFunction)
            throw new PythonException(PyExc.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'", self, "__dict__"));
        return self.Dict ??= new PyDict();
    }

    private static void SetInstanceDict(PyObject self, PyObject? v)
    {
        if (v is not PyDict d) throw new PythonException(PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{v?.Type.Name}'"));
        self.Dict = d;
    }

    /// <summary>
    /// CPython's hackcheck (typeobject.c): object.__setattr__/__delattr__ refuse an object whose nearest builtin base
    /// type has its own setattro slot, so they cannot bypass a builtin's attribute rules. Among the builtins only
    /// type has one.
    /// </summary>
    private static void HackCheck(PyObject self, string slot)
    {
        foreach (var b in self.Type.Mro)
        {
            if (!b.IsBuiltin) continue;
            if (!ReferenceEquals(b.Lookup(slot), PyTypes.Object.Dict.GetItem(slot)))
                throw new PythonException(PyExc.TypeError($"can't apply this {slot} to {b.Name} object"));
            return;
        }
    }
}
