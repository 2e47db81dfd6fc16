using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

// Finding a spec through sys.meta_path and turning a spec into an initialised module.
public sealed partial class ImportSystem
{
    /// <summary>_find_spec: asks each finder on sys.meta_path; null when none knows the module.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _find_spec
    public PyObject? FindSpec(string name, PyObject? path, PyObject? target = null)
    {
        var metaPath = SysAttr("meta_path");
        if (metaPath is null or PyNone)
            throw ImportErrors.ImportError("sys.meta_path is None, Python is likely shutting down");
        long traceStart = Hosting.StartupTrace.Start();
        try
        {
            return FindSpecUntimed(name, path, target, metaPath);
        }
        finally
        {
            Hosting.StartupTrace.Accumulate("import: find spec", traceStart);
        }
    }

    private PyObject? FindSpecUntimed(string name, PyObject? path, PyObject? target, PyObject metaPath)
    {
        bool isReload = SysModules.GetItem(new PyStr(name)) is not null;
        foreach (var finder in Ops.Iterate(metaPath).ToList())
        {
            PyObject? spec;
            if (ReferenceEquals(finder, BuiltinImporter.Type))
                spec = BuiltinImporter.FindSpec(this, name, path);
            else if (ReferenceEquals(finder, PathFinder.Type))
                spec = PathFinder.FindSpec(this, name, path);
            else
            {
                if (!Ops.TryGetAttr(finder, PyStr.Intern("find_spec"), out var findSpec))
                    continue; // legacy find_module finders are not supported
                spec = Ops.CallArgs(findSpec, new PyStr(name), path ?? PyNone.Instance, target ?? PyNone.Instance);
            }
            if (spec is null or PyNone)
                continue;
            // The parent's import may have imported this module meanwhile: prefer the spec it got.
            if (!isReload && SysModules.GetItem(new PyStr(name)) is PyObject existing)
            {
                if (Ops.TryGetAttr(existing, PyStr.Intern("__spec__"), out var existingSpec) && existingSpec is not PyNone)
                    return existingSpec;
            }
            return spec;
        }
        return null;
    }

    /// <summary>_load_unlocked: create the module, publish it in sys.modules, execute it.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _load_unlocked
    internal PyObject LoadUnlocked(PyObject spec)
    {
        string name = ModuleSpecs.Name(spec);
        var key = new PyStr(name);
        PyObject loader = ModuleSpecs.Loader(spec);
        PyObject module = ModuleFromSpec(spec);

        // _initializing must be set before the module appears in sys.modules (circular imports look at it).
        Ops.SetAttr(spec, "_initializing", Py.True);
        try
        {
            SysModules.SetItem(key, module);
            try
            {
                if (loader is PyNone)
                {
                    if (ModuleSpecs.SearchLocations(spec) is PyNone)
                        throw ImportErrors.ImportError("missing loader", name);
                    // A namespace package: nothing to execute.
                }
                else
                {
                    ExecModule(loader, module);
                }
            }
            catch (PythonException)
            {
                SysModules.Remove(key);
                throw;
            }
            // The module may have replaced itself in sys.modules; move it to the end as CPython does.
            var final = SysModules.GetItem(key) ?? throw new PythonException(PyExc.KeyError(key));
            SysModules.Remove(key);
            SysModules.SetItem(key, final);
            module = final;
            if (VerboseLevel >= 1)
                Verbose($"import {ImportErrors.Repr(name)} # {Ops.ReprString(loader)}");
        }
        finally
        {
            Ops.SetAttr(spec, "_initializing", Py.False);
        }
        return module;
    }

    /// <summary>_exec: re-runs a module in place with <paramref name="spec"/> (importlib.reload).</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _exec
    internal PyObject ExecInPlace(PyObject spec, PyObject module)
    {
        string name = ModuleSpecs.Name(spec);
        var key = new PyStr(name);
        if (!ReferenceEquals(SysModules.GetItem(key), module))
            throw ImportErrors.ImportError($"module {ImportErrors.Repr(name)} not in sys.modules", name);
        try
        {
            PyObject loader = ModuleSpecs.Loader(spec);
            if (loader is PyNone && ModuleSpecs.SearchLocations(spec) is PyNone)
                throw ImportErrors.ImportError("missing loader", name);
            InitModuleAttributes(spec, module, overrideExisting: true);
            if (loader is not PyNone)
                ExecModule(ModuleSpecs.Loader(spec), module);
        }
        finally
        {
            // Move the module to the end of sys.modules, as CPython does.
            if (SysModules.GetItem(key) is PyObject current)
            {
                SysModules.Remove(key);
                SysModules.SetItem(key, current);
            }
        }
        return module;
    }

    private void ExecModule(PyObject loader, PyObject module)
    {
        if (loader is Loaders.FileLoaderObject fileLoader && Loaders.IsNativeExec(fileLoader))
        {
            Loaders.ExecFileModule(this, fileLoader, module);
            return;
        }
        if (!Ops.TryGetAttr(loader, PyStr.Intern("exec_module"), out var exec))
        {
            // Pre-PEP 451 loaders: load_module(name) does everything.
            string name = Ops.StrString(Ops.GetAttr(module, "__name__"));
            Ops.CallMethod(loader, "load_module", new PyStr(name));
            return;
        }
        Ops.Call(exec, module);
    }

    /// <summary>importlib.util.module_from_spec.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py module_from_spec
    public PyObject ModuleFromSpec(PyObject spec)
    {
        PyObject loader = ModuleSpecs.Loader(spec);
        PyObject? module = null;
        if (loader is not PyNone)
        {
            if (Ops.TryGetAttr(loader, PyStr.Intern("create_module"), out var create))
            {
                var created = Ops.Call(create, spec);
                if (created is not PyNone)
                    module = created;
            }
            else if (Ops.HasAttr(loader, "exec_module"))
            {
                throw ImportErrors.ImportError("loaders that define exec_module() must also define create_module()");
            }
        }
        module ??= NewModule(ModuleSpecs.Name(spec));
        InitModuleAttributes(spec, module);
        return module;
    }

    /// <summary>A fresh module; executing its code adds __builtins__ (module_from_spec's result has none).</summary>
    internal PyModule NewModule(string name) => new(name);

    /// <summary>_init_module_attrs: __name__, __loader__, __package__, __spec__, __path__, __file__, __cached__.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _init_module_attrs
    internal static void InitModuleAttributes(PyObject spec, PyObject module, bool overrideExisting = false)
    {
        bool Missing(string attr) =>
            overrideExisting || !Ops.TryGetAttr(module, PyStr.Intern(attr), out var v) || v is PyNone;
        void TrySet(string attr, PyObject value)
        {
            try { Ops.SetAttr(module, attr, value); }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType)) { }
        }

        if (Missing("__name__"))
            TrySet("__name__", Ops.GetAttr(spec, "name"));
        if (Missing("__loader__"))
        {
            var loader = Ops.GetAttr(spec, "loader");
            if (loader is PyNone && ModuleSpecs.SearchLocations(spec) is not PyNone)
            {
                // Namespace packages get a NamespaceLoader (CPython's backward-compatibility hack).
                loader = Loaders.CreateNamespaceLoader(ModuleSpecs.Name(spec), ModuleSpecs.SearchLocations(spec));
                Ops.SetAttr(spec, "loader", loader);
                TrySet("__file__", PyNone.Instance);
            }
            TrySet("__loader__", loader);
        }
        if (Missing("__package__"))
            TrySet("__package__", Ops.GetAttr(spec, "parent"));
        TrySet("__spec__", spec);
        if (Missing("__path__") && ModuleSpecs.SearchLocations(spec) is PyObject locations && locations is not PyNone)
            TrySet("__path__", locations);
        if (Ops.IsTrue(Ops.GetAttr(spec, "has_location")))
        {
            if (Missing("__file__"))
                TrySet("__file__", Ops.GetAttr(spec, "origin"));
            if (Missing("__cached__") && Ops.GetAttr(spec, "cached") is PyObject cached && cached is not PyNone)
                TrySet("__cached__", cached);
        }
    }
}
