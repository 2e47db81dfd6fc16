using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// importlib.machinery.FileFinder for one directory: packages (NAME/__init__.py or .pyc), modules
/// (NAME.py, then legacy NAME.pyc), and namespace portions (a bare directory). __pycache__ is never
/// searched: a pyc there without its source is an orphan and is not importable (PEP 3147).
/// </summary>
// CPython 3.11: Lib/importlib/_bootstrap_external.py FileFinder
internal static class FileFinder
{
    /// <summary>One FileFinder: its directory and a cached listing keyed on the directory's mtime.</summary>
    internal sealed class FileFinderObject(PyType type) : ImportObject(type)
    {
        public string DirPath = "";
        public DateTime ListedMtime = DateTime.MinValue;
        public HashSet<string> Entries = new(StringComparer.Ordinal);
    }

    /// <summary>The suffixes and loaders, in CPython's order (no extension modules in Sharpy).</summary>
    private static readonly (string Suffix, PyType Loader)[] LoaderDetails =
    [
        (".py", Loaders.SourceFileLoaderType),
        (".pyc", Loaders.SourcelessFileLoaderType),
    ];

    public static readonly PyType Type = CreateType();

    /// <summary>The object on sys.path_hooks (CPython's path_hook_for_FileFinder closure).</summary>
    public static readonly PyObject PathHook = new PyBuiltinFunction("path_hook_for_FileFinder", (args, kw) =>
    {
        if (args.Length != 1) throw new PythonException(PyExc.TypeError("path_hook_for_FileFinder() takes exactly one argument"));
        return HookFor(Ops.StrString(args[0]));
    }, null, "_frozen_importlib_external");

    public static bool IsNative(FileFinderObject finder) => ReferenceEquals(finder.Type, Type);

    /// <summary>path_hook_for_FileFinder: a finder for a directory, ImportError for anything else.</summary>
    public static PyObject HookFor(string path)
    {
        string dir = path.Length == 0 ? Directory.GetCurrentDirectory() : path;
        if (!Directory.Exists(dir))
            throw ImportErrors.ImportError("only directories are supported", path: path);
        return Create(path);
    }

    public static FileFinderObject Create(string path)
    {
        var finder = new FileFinderObject(Type);
        Init(finder, path);
        return finder;
    }

    private static void Init(FileFinderObject finder, string path)
    {
        string dir = path.Length == 0 || path == "." ? Directory.GetCurrentDirectory()
            : Path.IsPathRooted(path) ? path
            : JoinPath(Directory.GetCurrentDirectory(), path);
        finder.DirPath = dir;
        finder.Set("path", new PyStr(dir));
        finder.Set("_path_mtime", PyInt.From(-1));
    }

    /// <summary>FileFinder.find_spec(fullname).</summary>
    public static PyObject? FindSpec(ImportSystem system, FileFinderObject finder, string fullname)
    {
        string tail = fullname[(fullname.LastIndexOf('.') + 1)..];
        RefreshListing(finder);
        var cache = finder.Entries;

        bool isNamespace = false;
        string basePath = JoinPath(finder.DirPath, tail);
        if (cache.Contains(tail))
        {
            foreach (var (suffix, loader) in LoaderDetails)
            {
                string initPath = JoinPath(basePath, "__init__" + suffix);
                if (File.Exists(initPath))
                    return SpecFor(loader, fullname, initPath, new PyList(new PyObject[] { new PyStr(basePath) }));
            }
            isNamespace = Directory.Exists(basePath);
        }
        foreach (var (suffix, loader) in LoaderDetails)
        {
            string fullPath = JoinPath(finder.DirPath, tail + suffix);
            system.Verbose("trying " + fullPath, level: 2);
            if (cache.Contains(tail + suffix) && File.Exists(fullPath))
                return SpecFor(loader, fullname, fullPath, null);
        }
        if (isNamespace)
        {
            system.Verbose("possible namespace for " + basePath);
            var spec = ModuleSpecs.Create(fullname, PyNone.Instance);
            spec.Set("submodule_search_locations", new PyList(new PyObject[] { new PyStr(basePath) }));
            return spec;
        }
        return null;
    }

    private static PyObject SpecFor(PyType loaderType, string fullname, string path, PyObject? searchLocations)
    {
        var loader = Loaders.CreateFileLoader(loaderType, fullname, path);
        return ModuleSpecs.CreateWithLocation(fullname, loader, path, searchLocations);
    }

    /// <summary>Relists the directory when its mtime changed (high resolution, so fresh files are seen).</summary>
    private static void RefreshListing(FileFinderObject finder)
    {
        DateTime mtime;
        try { mtime = Directory.GetLastWriteTimeUtc(finder.DirPath); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { mtime = DateTime.MinValue; }
        if (mtime == finder.ListedMtime && mtime != DateTime.MinValue)
            return;
        finder.Entries.Clear();
        try
        {
            foreach (string entry in Directory.EnumerateFileSystemEntries(finder.DirPath))
                finder.Entries.Add(Path.GetFileName(entry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable directory simply has no modules.
        }
        finder.ListedMtime = mtime;
    }

    /// <summary>CPython's _path_join on POSIX: joins without normalising.</summary>
    internal static string JoinPath(string dir, string name) =>
        dir.Length == 0 ? name : dir.EndsWith('/') ? dir + name : dir + "/" + name;

    private static PyType CreateType()
    {
        var t = NativeClass.Create("FileFinder", "_frozen_importlib_external", tt => new FileFinderObject(tt));
        t.DefRaw("__init__", (args, kw) =>
        {
            // FileFinder(path, *loader_details): Sharpy always uses its own loaders.
            if (args.Length < 2) throw new PythonException(PyExc.TypeError("FileFinder() missing required argument 'path'"));
            if (args[0] is FileFinderObject finder)
                Init(finder, Ops.StrString(args[1]));
            return PyNone.Instance;
        });
        t.DefRaw("find_spec", (args, kw) =>
        {
            var a = ArgParser.Parse("find_spec", args[1..], kw, ["fullname", "target"], [], required: 1);
            var system = ImportSystem.CurrentOrNull;
            if (system is null || args[0] is not FileFinderObject finder) return PyNone.Instance;
            return FindSpec(system, finder, Ops.StrString(a[0]!)) ?? PyNone.Instance;
        });
        t.Def("invalidate_caches", self =>
        {
            if (self is FileFinderObject finder)
                finder.ListedMtime = DateTime.MinValue;
            return PyNone.Instance;
        });
        t.Def("__repr__", self => new PyStr($"FileFinder({Ops.ReprString(Ops.GetAttr(self, "path"))})"));
        t.DefClassMethod("path_hook", (args, kw) => PathHook);
        return t;
    }
}
