using Sharpy.Bytecode.Pyc;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Importing;

/// <summary>The <c>importlib.util</c> module.</summary>
// CPython 3.11: Lib/importlib/util.py, Lib/importlib/_bootstrap_external.py cache_from_source, source_from_cache, spec_from_file_location
public static class ImportlibUtilModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("importlib.util");
        var d = m.Dict!;
        d.SetItem("MAGIC_NUMBER", new PyBytes(PycMagic.Bytes.ToArray()));
        d.DefFunction("cache_from_source", (args, kw) =>
        {
            var a = ArgParser.Parse("cache_from_source", args, kw, ["path", "debug_override"], ["optimization"], required: 1);
            string path = FsPath(a[0]!);
            bool? debug = a[1] is null or PyNone ? null : Ops.IsTrue(a[1]!);
            if (debug is not null)
                NativeWarnings.WarnFrozen(PyExc.DeprecationWarning, "the debug_override parameter is deprecated; use 'optimization' instead",
                    "importlib._bootstrap_external", 456, "importlib._bootstrap_external");
            string? optimization = a[2] is null or PyNone ? null : Ops.StrString(a[2]!);
            return Naming(() => new PyStr(CacheNaming.CacheFromSource(path, debug, optimization,
                pycachePrefix: SysString(rt, "pycache_prefix"), interpreterOptimize: rt.Options.Optimize,
                cacheTag: CacheTag(rt))));
        }, "importlib.util");
        d.DefFunction("source_from_cache", (args, kw) =>
        {
            var a = ArgParser.Parse("source_from_cache", args, kw, ["path"], [], required: 1);
            string path = FsPath(a[0]!);
            return Naming(() => new PyStr(CacheNaming.SourceFromCache(path, SysString(rt, "pycache_prefix"), CacheTag(rt))));
        }, "importlib.util");
        d.DefFunction("source_hash", (args, kw) =>
        {
            var a = ArgParser.Parse("source_hash", args, kw, ["source_bytes"], [], required: 1);
            // Any bytes-like object, as CPython's _imp.source_hash takes a buffer.
            return new PyBytes(SourceHash.Compute(BytesMethods.AsBytes(a[0]!)));
        }, "importlib.util");
        d.DefFunction("decode_source", (args, kw) =>
        {
            var a = ArgParser.Parse("decode_source", args, kw, ["source_bytes"], [], required: 1);
            if (a[0] is not PyBytes b)
                throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{a[0]!.Type.Name}'"));
            return new PyStr(Loaders.DecodeSource(b.Value));
        }, "importlib.util");
        d.DefFunction("resolve_name", (args, kw) =>
        {
            var a = ArgParser.Parse("resolve_name", args, kw, ["name", "package"], [], required: 2);
            string name = Ops.StrString(a[0]!);
            if (!name.StartsWith('.'))
                return new PyStr(name);
            if (!Ops.IsTrue(a[1]!))
                throw ImportErrors.ImportError($"no package specified for {Ops.ReprString(new PyStr(name))} (required for relative module names)");
            int level = 0;
            while (level < name.Length && name[level] == '.') level++;
            return new PyStr(ImportSystem.ResolveName(name[level..], Ops.StrString(a[1]!), level));
        }, "importlib.util");
        d.DefFunction("find_spec", (args, kw) =>
        {
            var a = ArgParser.Parse("find_spec", args, kw, ["name", "package"], [], required: 1);
            return FindSpec(ImportlibModule.System(rt), Ops.StrString(a[0]!), a[1]);
        }, "importlib.util");
        d.DefFunction("module_from_spec", (args, kw) =>
        {
            var a = ArgParser.Parse("module_from_spec", args, kw, ["spec"], [], required: 1);
            return ImportlibModule.System(rt).ModuleFromSpec(a[0]!);
        }, "importlib.util");
        d.DefFunction("spec_from_loader", (args, kw) =>
        {
            var a = ArgParser.Parse("spec_from_loader", args, kw, ["name", "loader"], ["origin", "is_package"], required: 2);
            return SpecFromLoader(Ops.StrString(a[0]!), a[1]!, a[2], a[3]);
        }, "importlib.util");
        d.DefFunction("spec_from_file_location", (args, kw) =>
        {
            var a = ArgParser.Parse("spec_from_file_location", args, kw, ["name", "location"], ["loader", "submodule_search_locations"], required: 1);
            return SpecFromFileLocation(Ops.StrString(a[0]!), a[1], a[2], a[3]) ?? PyNone.Instance;
        }, "importlib.util");
        // LazyLoader is Python code (lib/_sharpy_lazy_loader.py), imported on first use (PEP 562).
        d.DefFunction("__getattr__", (args, kw) =>
        {
            var a = ArgParser.Parse("__getattr__", args, kw, ["name"], [], required: 1);
            string name = Ops.StrString(a[0]!);
            if (name == "LazyLoader" && rt.Importer is { } importer)
                return Ops.GetAttr(importer.Import("_sharpy_lazy_loader", PyNone.Instance, PyNone.Instance, 0), PyStr.Intern(name));
            throw new PythonException(PyExc.AttributeError($"module 'importlib.util' has no attribute '{name}'"));
        }, "importlib.util");
        return m;
    }

    private static string? SysString(PythonRuntime rt, string name) => rt.Sys.Dict!.GetItem(name) is PyStr s ? s.Value : null;

    private static string? CacheTag(PythonRuntime rt)
    {
        if (rt.Sys.Dict!.GetItem("implementation") is PyObject impl && Ops.TryGetAttr(impl, PyStr.Intern("cache_tag"), out var tag))
            return tag is PyStr t ? t.Value : null;
        return CacheNaming.CacheTag;
    }

    /// <summary>os.fspath: str or an object with __fspath__ returning str (bytes are rejected here, as CPython does).</summary>
    internal static string FsPath(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        if (Ops.TryCallSpecial(o, "__fspath__", out var r) && r is PyStr rs) return rs.Value;
        throw new PythonException(PyExc.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}"));
    }

    private static PyObject Naming(Func<PyObject> f)
    {
        try { return f(); }
        catch (CacheNamingException e)
        {
            var type = PyExc.ByName.TryGetValue(e.PythonType, out var t) ? t : PyExc.ValueErrorType;
            throw new PythonException(PyExc.Create(type, e.Message));
        }
    }

    /// <summary>importlib.util.find_spec: the spec of a loaded module, or one found without importing it.</summary>
    public static PyObject FindSpec(ImportSystem system, string name, PyObject? package)
    {
        string fullname = name;
        if (name.StartsWith('.'))
        {
            if (package is null or PyNone || !Ops.IsTrue(package))
                throw ImportErrors.ImportError($"no package specified for {Ops.ReprString(new PyStr(name))} (required for relative module names)");
            int level = 0;
            while (level < name.Length && name[level] == '.') level++;
            fullname = ImportSystem.ResolveName(name[level..], Ops.StrString(package), level);
        }
        var existing = system.SysModules.GetItem(new PyStr(fullname));
        if (existing is null)
        {
            PyObject? parentPath = null;
            int dot = fullname.LastIndexOf('.');
            if (dot >= 0)
            {
                string parentName = fullname[..dot];
                var parent = system.Import(parentName, PyNone.Instance, new PyList(new PyObject[] { new PyStr("__path__") }), 0);
                if (!Ops.TryGetAttr(parent, PyStr.Intern("__path__"), out parentPath))
                    throw ImportErrors.ModuleNotFound(
                        $"__path__ attribute not found on {Ops.ReprString(new PyStr(parentName))} while trying to find {Ops.ReprString(new PyStr(fullname))}", fullname);
            }
            return system.FindSpec(fullname, parentPath) ?? PyNone.Instance;
        }
        if (existing is PyNone)
            return PyNone.Instance;
        if (!Ops.TryGetAttr(existing, PyStr.Intern("__spec__"), out var spec))
            throw new PythonException(PyExc.ValueError($"{name}.__spec__ is not set"));
        if (spec is PyNone)
            throw new PythonException(PyExc.ValueError($"{name}.__spec__ is None"));
        return spec;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py spec_from_loader
    internal static PyObject SpecFromLoader(string name, PyObject loader, PyObject? origin, PyObject? isPackage)
    {
        if (origin is null or PyNone && Ops.TryGetAttr(loader, PyStr.Intern("get_filename"), out _))
        {
            bool? pkg = null;
            if (isPackage is null or PyNone)
            {
                if (Ops.TryGetAttr(loader, PyStr.Intern("is_package"), out var isPkg))
                {
                    try { pkg = Ops.IsTrue(Ops.Call(isPkg, new PyStr(name))); }
                    catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError)) { }
                }
            }
            else pkg = Ops.IsTrue(isPackage);
            return SpecFromFileLocation(name, null, loader, pkg is true ? new PyList() : null) ?? PyNone.Instance;
        }
        bool package = false;
        if (isPackage is null or PyNone)
        {
            if (Ops.TryGetAttr(loader, PyStr.Intern("is_package"), out var isPkg))
            {
                try { package = Ops.IsTrue(Ops.Call(isPkg, new PyStr(name))); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError)) { }
            }
        }
        else package = Ops.IsTrue(isPackage);
        var spec = ModuleSpecs.Create(name, loader, isPackage: package);
        spec.Set("origin", origin ?? PyNone.Instance);
        return spec;
    }

    // CPython 3.11: Lib/importlib/_bootstrap_external.py spec_from_file_location
    internal static PyObject? SpecFromFileLocation(string name, PyObject? location, PyObject? loader, PyObject? searchLocations)
    {
        string loc;
        if (location is null or PyNone)
        {
            loc = "<unknown>";
            if (loader is not null and not PyNone && Ops.TryGetAttr(loader, PyStr.Intern("get_filename"), out var getFilename))
            {
                try { loc = Ops.StrString(Ops.Call(getFilename, new PyStr(name))); }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError)) { }
            }
        }
        else
        {
            loc = FsPath(location);
            if (!loc.StartsWith('/'))
            {
                while (loc.StartsWith("./", StringComparison.Ordinal)) loc = loc[2..];
                loc = FileFinderJoin(Directory.GetCurrentDirectory(), loc);
            }
        }
        var spec = ModuleSpecs.Create(name, loader ?? PyNone.Instance, loc);
        spec.Set("_set_fileattr", Py.True);
        if (loader is null or PyNone)
        {
            if (loc.EndsWith(".py", StringComparison.Ordinal))
                loader = Loaders.CreateFileLoader(Loaders.SourceFileLoaderType, name, loc);
            else if (loc.EndsWith(".pyc", StringComparison.Ordinal))
                loader = Loaders.CreateFileLoader(Loaders.SourcelessFileLoaderType, name, loc);
            else
                return null;
            spec.Set("loader", loader);
        }
        if (searchLocations is null)
        {
            if (Ops.TryGetAttr(loader, PyStr.Intern("is_package"), out var isPkg))
            {
                try
                {
                    if (Ops.IsTrue(Ops.Call(isPkg, new PyStr(name))))
                        spec.Set("submodule_search_locations", new PyList());
                }
                catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError)) { }
            }
        }
        else
        {
            spec.Set("submodule_search_locations", searchLocations);
        }
        if (spec.Get("submodule_search_locations") is PyList { Count: 0 } list && loc.Length > 0)
        {
            int slash = loc.LastIndexOf('/');
            list.Append(new PyStr(slash < 0 ? "" : loc[..slash]));
        }
        return spec;
    }

    private static string FileFinderJoin(string dir, string name) => dir.EndsWith('/') ? dir + name : dir + "/" + name;
}
