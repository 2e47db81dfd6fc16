using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Objects;

internal static class TypeTypeMethods
{
    private static PyType Self(PyObject o) => o as PyType ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'type' object but received '{o.Type.Name}'"));

    public static void Init()
    {
        var t = PyTypes.Type;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", TypeCreation.TypeNew)));
        t.DefRaw("__init__", (args, kw) =>
        {
            int n = args.Length - 1 - (kw?.Length ?? 0);
            if (n != 1 && n != 3) throw new PythonException(PyExc.TypeError("type.__init__() takes 1 or 3 arguments"));
            return PyNone.Instance;
        });
        t.DefRaw("__call__", (args, kw) => Ops.TypeCall(Self(args[0]), args[1..], kw));
        // type has its own setattro in CPython (so object.__setattr__ refuses classes); both use the generic path here.
        t.Def("__setattr__", (self, name, value) =>
        {
            if (name is not PyStr s) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'"));
            Ops.GenericSetAttr(self, s, value);
            return PyNone.Instance;
        });
        t.Def("__delattr__", (self, name) =>
        {
            if (name is not PyStr s) throw new PythonException(PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'"));
            Ops.GenericSetAttr(self, s, null);
            return PyNone.Instance;
        });
        t.Def("__repr__", self =>
        {
            var ty = Self(self);
            var mod = ty.Dict.GetItem("__module__") is PyStr ms ? ms.Value : null;
            return new PyStr(mod != null && mod != "builtins" ? $"<class '{mod}.{ty.QualName}'>" : $"<class '{ty.QualName}'>");
        });
        t.Prop("__name__", self => new PyStr(Self(self).Name), (self, v) =>
        {
            var ty = Self(self);
            if (ty.IsBuiltin) throw new PythonException(PyExc.TypeError($"cannot set '__name__' attribute of immutable type '{ty.TpName}'"));
            if (v is not PyStr s) throw new PythonException(PyExc.TypeError($"can only assign string to {ty.Name}.__name__, not '{v?.Type.Name}'"));
            ty.Name = s.Value;
        });
        t.Prop("__qualname__", self => new PyStr(Self(self).QualName), (self, v) =>
        {
            var ty = Self(self);
            if (v is not PyStr s) throw new PythonException(PyExc.TypeError($"can only assign string to {ty.Name}.__qualname__, not '{v?.Type.Name}'"));
            ty.QualName = s.Value;
        });
        t.Prop("__mro__", self => PyTuple.Create(Self(self).Mro.Cast<PyObject>().ToArray()));
        t.Prop("__bases__", self => PyTuple.Create(Self(self).Bases.Cast<PyObject>().ToArray()));
        t.Prop("__base__", self => Self(self).Bases.Length > 0 ? Self(self).Bases[0] : PyNone.Instance);
        t.Prop("__dict__", self => new PyMappingProxy(Self(self).Dict));
        t.Prop("__module__", self => Self(self).Dict.GetItem("__module__") is { } m && m is not PyGetSetDescriptor ? m : new PyStr("builtins"), (self, v) =>
        {
            Self(self).Dict.SetItem("__module__", v ?? PyNone.Instance);
            Self(self).Modified();
        });
        t.Prop("__doc__", self =>
        {
            var d = Self(self).Dict.GetItem("__doc__");
            if (d == null) return PyNone.Instance;
            // A builtin type's "__doc__" entry may be its instances' getset (property, type): CPython answers such a
            // type's own tp_doc instead.
            if (d is PyGetSetDescriptor && Self(self).IsBuiltin) return BuiltinDocs.Str(BuiltinDocs.OfType(Self(self)).Doc);
            return Ops.DescrGet(d, null, Self(self));
        }, (self, v) => { Self(self).Dict.SetItem("__doc__", v ?? PyNone.Instance); Self(self).Modified(); });
        // CPython parses it from tp_doc: builtin types that document a signature have one, classes never do.
        t.Prop("__text_signature__", self => BuiltinDocs.Str(BuiltinDocs.OfType(Self(self)).Signature));
        t.Prop("__abstractmethods__", self =>
        {
            // type itself holds this descriptor under the same name: it has no abstract methods.
            var v = ReferenceEquals(self, PyTypes.Type) ? null : Self(self).Dict.GetItem("__abstractmethods__");
            if (v == null) throw new PythonException(PyExc.AttributeError("__abstractmethods__", self, "__abstractmethods__"));
            return v;
        }, (self, v) =>
        {
            if (v == null) Self(self).Dict.Remove(PyStr.Intern("__abstractmethods__"));
            else Self(self).Dict.SetItem("__abstractmethods__", v);
            Self(self).Modified();
        });
        t.Prop("__annotations__", self =>
        {
            var ty = Self(self);
            var a = ty.Dict.GetItem("__annotations__");
            if (a == null)
            {
                if (ty.IsBuiltin) throw new PythonException(PyExc.AttributeError($"type object '{ty.Name}' has no attribute '__annotations__'", self, "__annotations__"));
                a = new PyDict();
                ty.Dict.SetItem("__annotations__", a);
            }
            return a;
        }, (self, v) => { Self(self).Dict.SetItem("__annotations__", v ?? PyNone.Instance); Self(self).Modified(); });
        t.Def("mro", self => new PyList(PyType.ComputeC3(Self(self), Self(self).Bases).Cast<PyObject>().ToArray()));
        t.Def("__subclasses__", self => new PyList(Self(self).Subclasses().Cast<PyObject>().ToArray()));
        t.Def("__instancecheck__", (self, o) => Py.Bool(o.Type.IsSubtypeOf(Self(self))));
        t.Def("__subclasscheck__", (self, o) =>
        {
            if (o is not PyType ot) throw new PythonException(PyExc.TypeError("issubclass() arg 1 must be a class"));
            return Py.Bool(ot.IsSubtypeOf(Self(self)));
        });
        t.DefClassMethod("__prepare__", (args, kw) => new PyDict());
        t.Def("__dir__", self => new PyList(Builtins.BuiltinsModule.DirOfType(Self(self)).Select(s => (PyObject)new PyStr(s)).ToArray()));
        t.Def("__or__", (self, other) => Union(self, other));
        t.Def("__ror__", (self, other) => Union(other, self));
        t.Def("__sizeof__", self => PyInt.From(880));
    }

    public static PyObject Union(PyObject a, PyObject b)
    {
        bool ok(PyObject x) => x is PyType || x is PyNone || x is PyUnionType || x is PyGenericAlias;
        if (!ok(a) || !ok(b)) return Py.NotImplemented;
        var args = new List<PyObject>();
        void add(PyObject x)
        {
            if (x is PyUnionType u) { foreach (var y in u.Args) add(y); return; }
            if (x is PyNone) x = PyTypes.NoneType;
            if (!args.Any(y => ReferenceEquals(y, x))) args.Add(x);
        }
        add(a); add(b);
        return new PyUnionType(args.ToArray());
    }
}

/// <summary>Read-only view of a type's namespace (<c>mappingproxy</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyDict Mapping;
    public PyMappingProxy(PyDict d) : base(PyTypes.MappingProxy) { Mapping = d; }
}
