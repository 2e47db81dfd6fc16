using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

// The __import__ algorithm: name resolution, the sys.modules fast path, parents before children,
// binding submodules on their parent, and fromlist handling.
public sealed partial class ImportSystem
{
    /// <summary>builtins.__import__(name, globals, locals, fromlist, level).</summary>
    // CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject, Lib/importlib/_bootstrap.py __import__
    public PyObject Import(string name, PyObject globals, PyObject fromlist, int level)
    {
        // Once a second thread exists, imports are serialised by one re-entrant import lock, so no thread
        // sees another's half-initialised module (CPython uses per-module locks to the same end).
        if (Hosting.PythonRuntime.CurrentOrNull?.Gil is null) return ImportUnlocked(name, globals, fromlist, level);
        return Modules.Threads.ImportGuard.Locked(() => ImportUnlocked(name, globals, fromlist, level));
    }

    private PyObject ImportUnlocked(string name, PyObject globals, PyObject fromlist, int level)
    {
        if (level < 0)
            throw new PythonException(PyExc.ValueError("level must be >= 0"));
        string absName;
        if (level > 0)
        {
            string package = CalcPackage(globals);
            absName = ResolveName(name, package, level);
        }
        else
        {
            if (name.Length == 0)
                throw new PythonException(PyExc.ValueError("Empty module name"));
            absName = name;
        }

        PyObject module = ImportAbsolute(absName);

        bool hasFromlist = fromlist is not PyNone && Ops.IsTrue(fromlist);
        if (!hasFromlist)
        {
            if (level == 0)
            {
                int dot = name.IndexOf('.');
                return dot < 0 ? module : ImportAbsolute(name[..dot]);
            }
            return name.Length == 0 ? module : TopOfRelative(module, name);
        }
        if (Ops.TryGetAttr(module, PyStr.Intern("__path__"), out _))
            return HandleFromlist(module, fromlist, recursive: false);
        return module;
    }

    /// <summary>For "from . import" style results without fromlist: the module named by the first
    /// component after the relative base (CPython's cut_off computation).</summary>
    private PyObject TopOfRelative(PyObject module, string name)
    {
        int dot = name.IndexOf('.');
        int cutOff = dot < 0 ? 0 : name.Length - dot;
        string moduleName = Ops.StrString(Ops.GetAttr(module, "__name__"));
        string top = moduleName[..(moduleName.Length - cutOff)];
        return SysModules.GetItem(new PyStr(top))
            ?? throw new PythonException(PyExc.KeyError(new PyStr(top)));
    }

    /// <summary>importlib._bootstrap._gcd_import for an absolute name: sys.modules or find and load.</summary>
    public PyObject ImportAbsolute(string name)
    {
        PyObject? module = SysModules.GetItem(new PyStr(name));
        if (module is null || IsInitializing(module))
        {
            module = _timer is null ? FindAndLoad(name) : _timer.Time(name, () => FindAndLoad(name));
        }
        if (module is PyNone)
            throw ImportErrors.ModuleNotFound($"import of {name} halted; None in sys.modules", name);
        return module;
    }

    private static bool IsInitializing(PyObject module)
    {
        if (!Ops.TryGetAttr(module, PyStr.Intern("__spec__"), out var spec) || spec is PyNone)
            return false;
        return Ops.TryGetAttr(spec, PyStr.Intern("_initializing"), out var flag) && Ops.IsTrue(flag);
    }

    /// <summary>_find_and_load: the module from sys.modules if it appeared meanwhile, else found and loaded.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load, _find_and_load_unlocked
    private PyObject FindAndLoad(string name)
    {
        var key = new PyStr(name);
        var existing = SysModules.GetItem(key);
        if (existing is not null)
            return existing; // circular import of a module still initialising: hand out the partial module

        PyObject? path = null;
        PyObject? parentSpec = null;
        string child = name;
        int dot = name.LastIndexOf('.');
        string parent = dot < 0 ? "" : name[..dot];
        if (parent.Length > 0)
        {
            if (SysModules.GetItem(new PyStr(parent)) is null)
                ImportAbsolute(parent);
            // Importing the parent may have imported the child as a side effect.
            if (SysModules.GetItem(key) is PyObject sideEffect)
                return sideEffect;
            var parentModule = SysModules.GetItem(new PyStr(parent))
                ?? throw new PythonException(PyExc.KeyError(new PyStr(parent)));
            if (!Ops.TryGetAttr(parentModule, PyStr.Intern("__path__"), out path))
                throw ImportErrors.ModuleNotFound(
                    $"No module named {ImportErrors.Repr(name)}; {ImportErrors.Repr(parent)} is not a package", name);
            PathFinder.RefreshNamespacePath(this, path);
            Ops.TryGetAttr(parentModule, PyStr.Intern("__spec__"), out parentSpec);
            child = name[(dot + 1)..];
        }

        PyObject? spec = FindSpec(name, path);
        if (spec is null)
            throw ImportErrors.NoModuleNamed(name);

        PyList? uninitialized = null;
        if (parentSpec is not null and not PyNone
            && Ops.TryGetAttr(parentSpec, PyStr.Intern("_uninitialized_submodules"), out var u) && u is PyList list)
        {
            uninitialized = list;
            list.Append(new PyStr(child));
        }
        PyObject module;
        try
        {
            module = LoadUnlocked(spec);
        }
        finally
        {
            if (uninitialized is not null && uninitialized.Count > 0)
                uninitialized.RemoveAt(uninitialized.Count - 1);
        }

        if (parent.Length > 0)
        {
            var parentModule = SysModules.GetItem(new PyStr(parent));
            if (parentModule is not null)
            {
                try
                {
                    Ops.SetAttr(parentModule, child, module);
                }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.AttributeErrorType))
                {
                    // CPython warns (ImportWarning, ignored by default) and carries on.
                }
            }
        }
        return module;
    }

    /// <summary>_handle_fromlist: imports "pkg.x" for each x in fromlist that pkg lacks.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _handle_fromlist
    internal PyObject HandleFromlist(PyObject module, PyObject fromlist, bool recursive)
    {
        foreach (var item in Ops.Iterate(fromlist).ToList())
        {
            if (item is not PyStr x)
            {
                string where = recursive
                    ? Ops.StrString(Ops.GetAttr(module, "__name__")) + ".__all__"
                    : "``from list''";
                throw new PythonException(PyExc.TypeError($"Item in {where} must be str, not {item.Type.Name}"));
            }
            if (x.Value == "*")
            {
                if (!recursive && Ops.TryGetAttr(module, PyStr.Intern("__all__"), out var all))
                    HandleFromlist(module, all, recursive: true);
            }
            else if (!Ops.TryGetAttr(module, x, out _))
            {
                string fromName = Ops.StrString(Ops.GetAttr(module, "__name__")) + "." + x.Value;
                try
                {
                    ImportAbsolute(fromName);
                }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.ModuleNotFoundError)
                    && e.Value.GetField("name") is PyStr n && n.Value == fromName
                    && SysModules.GetItem(new PyStr(fromName)) is not PyNone)
                {
                    // A missing submodule named in fromlist is not an error here: the later
                    // IMPORT_FROM reports "cannot import name".
                }
            }
        }
        return module;
    }

    /// <summary>_calc___package__: the package a relative import is relative to.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap.py _calc___package__ (and the C version's checks)
    private static string CalcPackage(PyObject globals)
    {
        if (globals is PyNone)
            throw new PythonException(PyExc.KeyError(new PyStr("'__name__' not in globals")));
        if (globals is not PyDict g)
            throw new PythonException(PyExc.TypeError("globals must be a dict"));
        var package = g.GetItem("__package__");
        var spec = g.GetItem("__spec__");
        if (package is not null and not PyNone)
        {
            if (package is not PyStr p)
                throw new PythonException(PyExc.TypeError("package must be a string"));
            return RequireParent(p.Value);
        }
        if (spec is not null and not PyNone)
        {
            if (Ops.GetAttr(spec, "parent") is not PyStr parent)
                throw new PythonException(PyExc.TypeError("__spec__.parent must be a string"));
            return RequireParent(parent.Value);
        }
        var name = g.GetItem("__name__")
            ?? throw new PythonException(PyExc.KeyError(new PyStr("'__name__' not in globals")));
        if (name is not PyStr n)
            throw new PythonException(PyExc.TypeError("__name__ must be a string"));
        string result = n.Value;
        if (g.GetItem("__path__") is null)
        {
            int dot = result.LastIndexOf('.');
            result = dot < 0 ? "" : result[..dot];
        }
        return RequireParent(result);
    }

    private static string RequireParent(string package)
    {
        if (package.Length == 0)
            throw ImportErrors.ImportError("attempted relative import with no known parent package");
        return package;
    }

    /// <summary>_resolve_name: "..x" relative to package.</summary>
    internal static string ResolveName(string name, string package, int level)
    {
        // package.rsplit('.', level - 1)[0], and the split must yield at least `level` parts.
        string baseName = package;
        for (int i = 1; i < level; i++)
        {
            int dot = baseName.LastIndexOf('.');
            if (dot < 0)
                throw ImportErrors.ImportError("attempted relative import beyond top-level package");
            baseName = baseName[..dot];
        }
        return name.Length > 0 ? baseName + "." + name : baseName;
    }
}
