using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// importlib.machinery.ModuleSpec as a native class with CPython's attributes, properties
/// (cached, parent, has_location), repr and equality.
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec
internal static class ModuleSpecs
{
    public static readonly PyType Type = CreateType();

    /// <summary>ModuleSpec(name, loader, origin=..., is_package=...).</summary>
    public static ImportObject Create(string name, PyObject loader, string? origin = null, bool isPackage = false,
        PyObject? loaderState = null)
    {
        var spec = new ImportObject(Type);
        Init(spec, name, loader, NativeClass.Str(origin), loaderState ?? PyNone.Instance, isPackage);
        return spec;
    }

    /// <summary>spec_from_file_location's result shape: has_location true, cached computed from origin.</summary>
    public static ImportObject CreateWithLocation(string name, PyObject loader, string origin, PyObject? searchLocations)
    {
        var spec = Create(name, loader, origin);
        spec.Set("_set_fileattr", Py.True);
        if (searchLocations is not null)
            spec.Set("submodule_search_locations", searchLocations);
        return spec;
    }

    private static void Init(PyObject self, string name, PyObject loader, PyObject origin, PyObject loaderState, bool isPackage)
    {
        var d = self.Dict!;
        d.SetItem("name", new PyStr(name));
        d.SetItem("loader", loader);
        d.SetItem("origin", origin);
        d.SetItem("loader_state", loaderState);
        d.SetItem("submodule_search_locations", isPackage ? new PyList() : PyNone.Instance);
        d.SetItem("_uninitialized_submodules", new PyList());
        d.SetItem("_set_fileattr", Py.False);
        d.SetItem("_cached", PyNone.Instance);
    }

    // ---- accessors that work for any spec-like object (Python code may supply its own) ----

    public static string Name(PyObject spec) => Ops.StrString(Ops.GetAttr(spec, "name"));

    public static PyObject Loader(PyObject spec) => Ops.GetAttr(spec, "loader");

    public static PyObject SearchLocations(PyObject spec) => Ops.GetAttr(spec, "submodule_search_locations");

    public static string? Origin(PyObject spec) => NativeClass.AsString(Ops.GetAttr(spec, "origin"));

    /// <summary>spec.parent: the package for a package, else the name up to the last dot.</summary>
    public static string Parent(PyObject spec)
    {
        string name = Name(spec);
        if (SearchLocations(spec) is PyNone)
        {
            int dot = name.LastIndexOf('.');
            return dot < 0 ? "" : name[..dot];
        }
        return name;
    }

    private static PyType CreateType()
    {
        var t = NativeClass.Create("ModuleSpec", "_frozen_importlib");
        t.DefRaw("__init__", (args, kw) =>
        {
            var a = ArgParser.Parse("ModuleSpec", args[1..], kw, ["name", "loader"], ["origin", "loader_state", "is_package"], required: 2);
            var d = args[0].Dict ??= new PyDict();
            d.SetItem("name", a[0]!);
            d.SetItem("loader", a[1]!);
            d.SetItem("origin", a[2] ?? PyNone.Instance);
            d.SetItem("loader_state", a[3] ?? PyNone.Instance);
            d.SetItem("submodule_search_locations", a[4] is not null && Ops.IsTrue(a[4]!) ? new PyList() : PyNone.Instance);
            d.SetItem("_uninitialized_submodules", new PyList());
            d.SetItem("_set_fileattr", Py.False);
            d.SetItem("_cached", PyNone.Instance);
            return PyNone.Instance;
        });
        t.Def("__repr__", self =>
        {
            var parts = new List<string>
            {
                "name=" + Ops.ReprString(Ops.GetAttr(self, "name")),
                "loader=" + Ops.ReprString(Ops.GetAttr(self, "loader")),
            };
            var origin = Ops.GetAttr(self, "origin");
            if (origin is not PyNone) parts.Add("origin=" + Ops.ReprString(origin));
            var smsl = Ops.GetAttr(self, "submodule_search_locations");
            if (smsl is not PyNone) parts.Add("submodule_search_locations=" + Ops.StrString(smsl));
            return new PyStr($"{self.Type.Name}({string.Join(", ", parts)})");
        });
        t.Def("__eq__", (self, other) =>
        {
            try
            {
                bool eq = Ops.RichEqBool(Ops.GetAttr(self, "name"), Ops.GetAttr(other, "name"))
                    && Ops.RichEqBool(Ops.GetAttr(self, "loader"), Ops.GetAttr(other, "loader"))
                    && Ops.RichEqBool(Ops.GetAttr(self, "origin"), Ops.GetAttr(other, "origin"))
                    && Ops.RichEqBool(Ops.GetAttr(self, "submodule_search_locations"), Ops.GetAttr(other, "submodule_search_locations"))
                    && Ops.RichEqBool(Ops.GetAttr(self, "cached"), Ops.GetAttr(other, "cached"))
                    && Ops.RichEqBool(Ops.GetAttr(self, "has_location"), Ops.GetAttr(other, "has_location"));
                return eq ? Py.True : Py.False;
            }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType))
            {
                return Py.NotImplemented;
            }
        });
        t.Dict.SetItem("__hash__", PyNone.Instance); // defining __eq__ makes instances unhashable, as in Python
        t.Prop("cached", self =>
        {
            var cached = self.Dict!.GetItem("_cached") ?? PyNone.Instance;
            var origin = Ops.GetAttr(self, "origin");
            if (cached is PyNone && origin is PyStr o && Ops.IsTrue(self.Dict!.GetItem("_set_fileattr") ?? Py.False))
            {
                cached = NativeClass.Str(ImportSystem.CurrentOrNull?.CachedPathFor(o.Value));
                self.Dict!.SetItem("_cached", cached);
            }
            return cached;
        }, (self, value) => self.Dict!.SetItem("_cached", value ?? PyNone.Instance));
        t.Prop("parent", self => new PyStr(Parent(self)));
        t.Prop("has_location", self => self.Dict!.GetItem("_set_fileattr") ?? Py.False,
            (self, value) => self.Dict!.SetItem("_set_fileattr", value is not null && Ops.IsTrue(value) ? Py.True : Py.False));
        return t;
    }
}
