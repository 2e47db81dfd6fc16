using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>The <c>importlib</c> package: import_module, reload, invalidate_caches, __import__.</summary>
// CPython 3.11: Lib/importlib/__init__.py
public static class ImportlibModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("importlib");
        var d = m.Dict!;
        d.SetItem("__path__", BuiltinImporter.NativePackagePath(rt, "importlib"));
        d.SetItem("__all__", new PyList(new PyObject[] { new PyStr("__import__"), new PyStr("import_module"), new PyStr("invalidate_caches"), new PyStr("reload") }));
        d.DefFunction("import_module", (args, kw) =>
        {
            var a = ArgParser.Parse("import_module", args, kw, ["name", "package"], [], required: 1);
            return ImportModule(System(rt), Ops.StrString(a[0]!), a[1] is null or PyNone ? null : a[1]);
        }, "importlib");
        d.DefFunction("reload", (args, kw) =>
        {
            var a = ArgParser.Parse("reload", args, kw, ["module"], [], required: 1);
            return Reload(System(rt), a[0]!);
        }, "importlib");
        d.DefFunction("invalidate_caches", (args, kw) =>
        {
            var metaPath = rt.Sys.Dict!.GetItem("meta_path");
            if (metaPath is not null and not PyNone)
                foreach (var finder in Ops.Iterate(metaPath).ToList())
                    if (Ops.TryGetAttr(finder, PyStr.Intern("invalidate_caches"), out var invalidate))
                        Ops.Call(invalidate);
            return PyNone.Instance;
        }, "importlib");
        if (rt.Builtins.Dict!.GetItem("__import__") is PyObject builtinImport)
            d.SetItem("__import__", builtinImport);
        return m;
    }

    internal static ImportSystem System(PythonRuntime rt) =>
        rt.Importer as ImportSystem ?? throw ImportErrors.NoImportSystem();

    /// <summary>importlib.import_module: the named module itself (not its top-level package).</summary>
    public static PyObject ImportModule(ImportSystem system, string name, PyObject? package)
    {
        int level = 0;
        if (name.StartsWith('.'))
        {
            if (package is null || !Ops.IsTrue(package))
                throw new PythonException(PyExc.TypeError(
                    $"the 'package' argument is required to perform a relative import for {Ops.ReprString(new PyStr(name))}"));
            while (level < name.Length && name[level] == '.')
                level++;
        }
        string rest = name[level..];
        if (level > 0)
        {
            if (package is not PyStr p)
                throw new PythonException(PyExc.TypeError("__package__ not set to a string"));
            return system.ImportAbsolute(ImportSystem.ResolveName(rest, p.Value, level));
        }
        if (rest.Length == 0)
            throw new PythonException(PyExc.ValueError("Empty module name"));
        return system.ImportAbsolute(rest);
    }

    private static readonly HashSet<string> Reloading = new(StringComparer.Ordinal);

    /// <summary>importlib.reload: re-executes the module in place with a freshly found spec.</summary>
    // CPython 3.11: Lib/importlib/__init__.py reload, Lib/importlib/_bootstrap.py _exec
    public static PyObject Reload(ImportSystem system, PyObject module)
    {
        string name;
        if (Ops.TryGetAttr(module, PyStr.Intern("__spec__"), out var oldSpec) && oldSpec is not PyNone
            && Ops.TryGetAttr(oldSpec, PyStr.Intern("name"), out var specName))
            name = Ops.StrString(specName);
        else if (Ops.TryGetAttr(module, PyStr.Intern("__name__"), out var modName))
            name = Ops.StrString(modName);
        else
            throw new PythonException(PyExc.TypeError("reload() argument must be a module"));

        var key = new PyStr(name);
        if (!ReferenceEquals(system.SysModules.GetItem(key), module))
            throw ImportErrors.ImportError($"module {name} not in sys.modules", name);
        if (!Reloading.Add(name))
            return module;
        try
        {
            PyObject? pkgPath = null;
            int dot = name.LastIndexOf('.');
            if (dot >= 0)
            {
                string parentName = name[..dot];
                var parent = system.SysModules.GetItem(new PyStr(parentName))
                    ?? throw ImportErrors.ImportError($"parent {Ops.ReprString(new PyStr(parentName))} not in sys.modules", parentName);
                pkgPath = Ops.GetAttr(parent, "__path__");
            }
            var spec = system.FindSpec(name, pkgPath, module)
                ?? throw ImportErrors.ModuleNotFound($"spec not found for the module {Ops.ReprString(key)}", name);
            Ops.SetAttr(module, "__spec__", spec);
            system.ExecInPlace(spec, module);
            return system.SysModules.GetItem(key) ?? module;
        }
        finally
        {
            Reloading.Remove(name);
        }
    }
}
