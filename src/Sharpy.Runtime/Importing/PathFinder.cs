using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// importlib.machinery.PathFinder: searches sys.path (or a package's __path__) through
/// sys.path_importer_cache and sys.path_hooks, and assembles namespace packages (PEP 420).
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py PathFinder
internal static class PathFinder
{
    public static readonly PyType Type = CreateType();

    public static PyObject? FindSpec(ImportSystem system, string name, PyObject? path, PyObject? target = null)
    {
        path = path is null or PyNone ? system.SysAttr("path") : path;
        if (path is null or PyNone)
            return null;
        var spec = GetSpec(system, name, path, target);
        if (spec is null)
            return null;
        if (ModuleSpecs.Loader(spec) is not PyNone)
            return spec;
        // No loader: a namespace package if at least one portion was found.
        var portions = ModuleSpecs.SearchLocations(spec);
        if (portions is PyNone || !Ops.IsTrue(portions))
            return null;
        Ops.SetAttr(spec, "origin", PyNone.Instance);
        var namespacePath = new PyList(NamespacePathType);
        foreach (var portion in Ops.Iterate(portions))
            namespacePath.Append(portion);
        s_namespacePaths.AddOrUpdate(namespacePath, new NamespacePathState(name, Snapshot(path), s_epoch));
        Ops.SetAttr(spec, "submodule_search_locations", namespacePath);
        return spec;
    }

    /// <summary>
    /// _NamespacePath: a namespace package's __path__, a list of the portions found. As CPython's, it is
    /// recomputed when its parent path (sys.path, or the parent package's __path__) has changed or the
    /// caches were invalidated since, when an import searches it (repr shows the last computation, as
    /// CPython's). Difference: CPython also recomputes when Python code iterates or indexes it; reading
    /// Sharpy's as a list shows the portions of the last computation.
    /// </summary>
    internal static readonly PyType NamespacePathType = CreateNamespacePathType();

    private sealed record NamespacePathState(string Name, PyObject[] LastParentPath, int LastEpoch);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyList, NamespacePathState> s_namespacePaths = new();

    /// <summary>_NamespacePath._epoch: bumped by invalidate_caches.</summary>
    private static int s_epoch;

    /// <summary>_NamespacePath._recalculate: refreshes <paramref name="path"/> in place when it is a
    /// namespace package's path whose parent path or epoch changed.</summary>
    // CPython 3.11: Lib/importlib/_bootstrap_external.py _NamespacePath._recalculate
    internal static void RefreshNamespacePath(ImportSystem system, PyObject path)
    {
        if (path is not PyList list || !s_namespacePaths.TryGetValue(list, out var state))
            return;
        int dot = state.Name.LastIndexOf('.');
        PyObject? parentPath = dot < 0
            ? system.SysAttr("path")
            : system.SysModules.GetItem(new PyStr(state.Name[..dot])) is PyObject parent
              && Ops.TryGetAttr(parent, PyStr.Intern("__path__"), out var pp) ? pp : null;
        if (parentPath is null or PyNone)
            return;
        RefreshNamespacePath(system, parentPath);
        var snapshot = Snapshot(parentPath);
        if (state.LastEpoch == s_epoch && SameEntries(snapshot, state.LastParentPath))
            return;
        var spec = GetSpec(system, state.Name, new PyList(snapshot), null);
        if (spec is not null && ModuleSpecs.Loader(spec) is PyNone
            && ModuleSpecs.SearchLocations(spec) is PyObject portions and not PyNone && Ops.IsTrue(portions))
        {
            var fresh = Ops.Iterate(portions).ToArray();
            list.Count = 0;
            foreach (var portion in fresh)
                list.Append(portion);
        }
        s_namespacePaths.AddOrUpdate(list, state with { LastParentPath = snapshot, LastEpoch = s_epoch });
    }

    private static PyObject[] Snapshot(PyObject path) => path is PyList l ? l.ToArray() : Ops.Iterate(path).ToArray();

    private static bool SameEntries(PyObject[] a, PyObject[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            bool same = a[i] is PyStr x && b[i] is PyStr y ? x.Value == y.Value : ReferenceEquals(a[i], b[i]);
            if (!same)
                return false;
        }
        return true;
    }

    private static PyType CreateNamespacePathType()
    {
        var t = PyTypes.NewBuiltin("_NamespacePath", PyTypes.List, "_frozen_importlib_external", tt => new PyList(tt));
        t.ErrorName = null;   // a Python class in CPython (importlib._bootstrap_external)
        t.Def("__repr__", self =>
        {
            var plain = new PyList(((PyList)self).ToArray());
            return new PyStr($"_NamespacePath({Ops.ReprString(plain)})");
        });
        return t;
    }

    private static PyObject? GetSpec(ImportSystem system, string name, PyObject path, PyObject? target)
    {
        var namespacePath = new PyList();
        foreach (var entry in Ops.Iterate(path).ToList())
        {
            if (entry is not PyStr entryStr)
                continue;
            var finder = PathImporterCache(system, entryStr.Value);
            if (finder is null or PyNone)
                continue;
            PyObject? spec;
            if (finder is FileFinder.FileFinderObject ff && FileFinder.IsNative(ff))
                spec = FileFinder.FindSpec(system, ff, name);
            else if (Ops.TryGetAttr(finder, PyStr.Intern("find_spec"), out var findSpec))
                spec = Ops.CallArgs(findSpec, new PyStr(name), target ?? PyNone.Instance);
            else
                continue;
            if (spec is null or PyNone)
                continue;
            if (ModuleSpecs.Loader(spec) is not PyNone)
                return spec;
            var portions = ModuleSpecs.SearchLocations(spec);
            if (portions is PyNone)
                throw ImportErrors.ImportError("spec missing loader");
            foreach (var p in Ops.Iterate(portions))
                namespacePath.Append(p);
        }
        var nsSpec = ModuleSpecs.Create(name, PyNone.Instance);
        nsSpec.Set("submodule_search_locations", namespacePath);
        return nsSpec;
    }

    /// <summary>sys.path_importer_cache[entry], created through sys.path_hooks on a miss ('' means the cwd).</summary>
    internal static PyObject? PathImporterCache(ImportSystem system, string entry)
    {
        if (entry.Length == 0)
        {
            try { entry = Directory.GetCurrentDirectory(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        }
        var cache = system.SysAttr("path_importer_cache");
        var key = new PyStr(entry);
        if (cache is PyDict dict)
        {
            var found = dict.GetItem(key);
            if (found is not null)
                return found;
        }
        else if (cache is not null and not PyNone)
        {
            try { return Ops.GetItem(cache, key); }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.KeyErrorType)) { }
        }
        var finder = PathHooks(system, entry);
        if (cache is not null and not PyNone)
            Ops.SetItem(cache, key, finder);
        return finder;
    }

    private static PyObject PathHooks(ImportSystem system, string entry)
    {
        var hooks = system.SysAttr("path_hooks");
        if (hooks is null or PyNone)
            return PyNone.Instance;
        foreach (var hook in Ops.Iterate(hooks).ToList())
        {
            try
            {
                if (ReferenceEquals(hook, FileFinder.PathHook))
                    return FileFinder.HookFor(entry);
                // The zip hook declines directories without raising, keeping .NET exceptions off the
                // normal import path.
                if (ReferenceEquals(hook, ZipPathHook.Hook) && !ZipPathHook.InsideFile(entry))
                    continue;
                return Ops.Call(hook, new PyStr(entry));
            }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError))
            {
            }
        }
        return PyNone.Instance;
    }

    /// <summary>PathFinder.invalidate_caches: every cached finder forgets its directory listing.</summary>
    internal static void InvalidateCaches(ImportSystem system)
    {
        if (system.SysAttr("path_importer_cache") is not PyDict cache)
            return;
        int pos = 0;
        var stale = new List<PyObject>();
        while (cache.NextEntry(ref pos, out var key, out var finder))
        {
            // A relative entry is dropped too: the current directory may have changed.
            if (finder is PyNone || key is not PyStr { Value: var entry } || !entry.StartsWith('/'))
                stale.Add(key);
            else if (Ops.TryGetAttr(finder, PyStr.Intern("invalidate_caches"), out var invalidate))
                Ops.Call(invalidate);
        }
        foreach (var key in stale)
            cache.Remove(key);
        s_epoch++;
    }

    private static PyType CreateType()
    {
        var t = NativeClass.Create("PathFinder", "_frozen_importlib_external");
        t.DefClassMethod("find_spec", (args, kw) =>
        {
            var a = ArgParser.Parse("find_spec", args[1..], kw, ["fullname", "path", "target"], [], required: 1);
            var system = ImportSystem.CurrentOrNull;
            if (system is null) return PyNone.Instance;
            return FindSpec(system, Ops.StrString(a[0]!), a[1], a[2]) ?? PyNone.Instance;
        });
        t.DefClassMethod("invalidate_caches", (args, kw) =>
        {
            if (ImportSystem.CurrentOrNull is ImportSystem system)
                InvalidateCaches(system);
            return PyNone.Instance;
        });
        return t;
    }
}
