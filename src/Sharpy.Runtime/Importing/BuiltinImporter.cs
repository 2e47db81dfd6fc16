using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// importlib.machinery.BuiltinImporter: finds and creates the runtime's native modules. Used as a
/// class (all methods are class methods), as on CPython's sys.meta_path.
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap.py BuiltinImporter
internal static class BuiltinImporter
{
    public const string Origin = "built-in";

    public static readonly PyType Type = CreateType();

    public static bool IsBuiltin(ImportSystem system, string name) =>
        system.Runtime.NativeModules.ContainsKey(name) || name is "sys" or "builtins";

    public static PyObject? FindSpec(ImportSystem system, string name, PyObject? path)
    {
        // CPython's builtin modules are all top-level (path must be None); Sharpy's native packages
        // (importlib.util, ...) are registered under dotted names and found regardless of path.
        if (path is not null and not PyNone && !name.Contains('.'))
            return null;
        if (!IsBuiltin(system, name))
            return null;
        var spec = ModuleSpecs.Create(name, Type, Origin);
        if (system.Runtime.NativeModules.ContainsKey(name + ".__init__") || IsNativePackage(system, name))
            spec.Set("submodule_search_locations", NativePackagePath(system.Runtime, name));
        return spec;
    }

    /// <summary>
    /// A native package's __path__: its directory in Sharpy's lib/ when there is one, so that Python
    /// submodules (importlib.resources) can sit beside the native ones (importlib.util); else empty.
    /// </summary>
    public static PyList NativePackagePath(Hosting.PythonRuntime runtime, string name)
    {
        var path = new PyList();
        if (runtime.Options.LibDirectory is string lib)
        {
            string dir = Path.Combine(lib, name.Replace('.', '/'));
            if (Directory.Exists(dir))
                path.Append(new PyStr(dir));
        }
        return path;
    }

    /// <summary>A native module is a package when native submodules are registered under it.</summary>
    private static bool IsNativePackage(ImportSystem system, string name)
    {
        string prefix = name + ".";
        foreach (string key in system.Runtime.NativeModules.Keys)
            if (key.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        return false;
    }

    public static PyObject CreateModule(ImportSystem system, PyObject spec)
    {
        string name = ModuleSpecs.Name(spec);
        if (name == "sys") return system.Runtime.Sys;
        if (name == "builtins") return system.Runtime.Builtins;
        return system.Runtime.CreateNativeModule(name)
            ?? throw ImportErrors.ImportError($"no built-in module named {name}", name);
    }

    private static PyType CreateType()
    {
        var t = NativeClass.Create("BuiltinImporter", "_frozen_importlib");
        t.DefClassMethod("find_spec", (args, kw) =>
        {
            var a = ArgParser.Parse("find_spec", args[1..], kw, ["fullname", "path", "target"], [], required: 1);
            var system = ImportSystem.CurrentOrNull;
            if (system is null) return PyNone.Instance;
            return FindSpec(system, Ops.StrString(a[0]!), a[1]) ?? PyNone.Instance;
        });
        t.DefClassMethod("create_module", (args, kw) =>
        {
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            if (args.Length < 2) throw new PythonException(PyExc.TypeError("create_module() missing required argument 'spec'"));
            return CreateModule(system, args[1]);
        });
        t.DefClassMethod("exec_module", (args, kw) => PyNone.Instance);
        t.DefClassMethod("is_package", (args, kw) => Py.False);
        t.DefClassMethod("get_code", (args, kw) => PyNone.Instance);
        t.DefClassMethod("get_source", (args, kw) => PyNone.Instance);
        t.DefClassMethod("load_module", (args, kw) =>
        {
            var system = ImportSystem.CurrentOrNull ?? throw ImportErrors.NoImportSystem();
            if (args.Length < 2) throw new PythonException(PyExc.TypeError("load_module() missing required argument 'fullname'"));
            return system.ImportAbsolute(Ops.StrString(args[1]));
        });
        return t;
    }
}
