using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>Settings of the import system that are not part of <see cref="RuntimeOptions"/>.</summary>
public sealed class ImportSettings
{
    /// <summary>-X importtime / PYTHONPROFILEIMPORTTIME: per-import timings on <see cref="ImportTimeOutput"/>.</summary>
    public bool ImportTime { get; init; }

    /// <summary>Where -X importtime lines go (CPython writes them to the C-level stderr).</summary>
    public TextWriter? ImportTimeOutput { get; init; }

    /// <summary>How new caches are written (import itself always writes timestamp pycs, as CPython).</summary>
    public Bytecode.Pyc.PycInvalidationMode InvalidationMode { get; init; } = Bytecode.Pyc.PycInvalidationMode.Timestamp;
}

/// <summary>
/// Sharpy's import system: CPython 3.11's importlib semantics (sys.modules, sys.meta_path with
/// BuiltinImporter and PathFinder, sys.path_hooks with the zip hook and FileFinder, packages, namespace packages,
/// relative imports, fromlist handling, partially initialised modules) implemented natively, with
/// source modules compiled and cached through <see cref="BytecodeCache"/>.
/// Install one per runtime with <see cref="Install"/>; the runtime then routes IMPORT_NAME and
/// builtins.__import__ here.
/// </summary>
public sealed partial class ImportSystem : IImportSystem
{
    private readonly CacheSettings _cacheSettings;
    private readonly ImportTimer? _timer;

    private ImportSystem(PythonRuntime runtime, ImportSettings settings)
    {
        Runtime = runtime;
        var options = runtime.Options;
        _cacheSettings = new CacheSettings
        {
            DontWriteBytecode = options.DontWriteBytecode,
            OptimizationLevel = options.Optimize,
            PycachePrefix = options.PycachePrefix,
            CheckHashBasedPycs = ParseCheckHashBasedPycs(options.CheckHashBasedPycs),
            InvalidationMode = settings.InvalidationMode,
            Verbose = options.Verbose > 0 ? VerboseLine : null,
        };
        Cache = new BytecodeCache(_cacheSettings);
        if (Hosting.StartupTrace.Enabled) BytecodeCache.PhaseTrace = Hosting.StartupTrace.Accumulate;
        if (settings.ImportTime)
            _timer = new ImportTimer(settings.ImportTimeOutput ?? Console.Error);
    }

    public PythonRuntime Runtime { get; }

    /// <summary>The bytecode cache (also used by the CLI for the main script).</summary>
    public BytecodeCache Cache { get; }

    /// <summary>The import system of the runtime executing on this thread, if any.</summary>
    internal static ImportSystem? CurrentOrNull => PythonRuntime.CurrentOrNull?.Importer as ImportSystem;

    /// <summary>
    /// Creates the import system, publishes sys.meta_path, sys.path_hooks, sys.path_importer_cache,
    /// registers the native import modules (_imp, importlib, ...) and plugs itself into the runtime.
    /// Call on the interpreter thread (inside <see cref="PythonRuntime.Run{T}"/>).
    /// </summary>
    public static ImportSystem Install(PythonRuntime runtime, ImportSettings? settings = null)
    {
        var system = new ImportSystem(runtime, settings ?? new ImportSettings());
        var sys = runtime.Sys.Dict!;
        sys.SetItem("meta_path", new PyList(new PyObject[] { BuiltinImporter.Type, PathFinder.Type }));
        sys.SetItem("path_hooks", new PyList(new PyObject[] { ZipPathHook.Hook, FileFinder.PathHook }));
        sys.SetItem("path_importer_cache", new PyDict());
        if (sys.GetItem("path") is not PyList)
            sys.SetItem("path", new PyList(runtime.Options.SysPath.Select(p => (PyObject)new PyStr(p)).ToArray()));
        if (sys.GetItem("dont_write_bytecode") is null)
            sys.SetItem("dont_write_bytecode", Py.Bool(runtime.Options.DontWriteBytecode));
        if (sys.GetItem("pycache_prefix") is null)
            sys.SetItem("pycache_prefix", NativeClass.Str(runtime.Options.PycachePrefix));
        Sharpy.Runtime.Modules.Importing.ImportingModules.Register(runtime);
        runtime.Importer = system;

        // Modules created before the import system existed get their spec now (CPython's _setup).
        var entries = new List<(PyObject Key, PyObject Value)>();
        int pos = 0;
        while (runtime.Modules.NextEntry(ref pos, out var key, out var value))
            entries.Add((key, value));
        foreach (var (key, module) in entries)
        {
            if (key is not PyStr name || name.Value == "__main__" || module is not PyModule m)
                continue;
            if (m.Dict!.GetItem("__spec__") is PyNone or null)
            {
                var spec = ModuleSpecs.Create(name.Value, BuiltinImporter.Type, "built-in");
                InitModuleAttributes(spec, m);
            }
        }
        return system;
    }

    // ---- sys state, read at each use because programs may reassign it ----

    internal PyDict SysDict => Runtime.Sys.Dict!;

    internal PyObject? SysAttr(string name) => SysDict.GetItem(name);

    internal PyDict SysModules => Runtime.Modules;

    /// <summary>Copies the mutable switches (sys.dont_write_bytecode, sys.pycache_prefix,
    /// _imp.check_hash_based_pycs, sys.implementation.cache_tag) into the cache settings.</summary>
    internal void SyncCacheSettings()
    {
        if (SysAttr("dont_write_bytecode") is PyObject dwb)
            _cacheSettings.DontWriteBytecode = Ops.IsTrue(dwb);
        _cacheSettings.PycachePrefix = SysAttr("pycache_prefix") is PyStr prefix ? prefix.Value : null;
        if (SysAttr("implementation") is PyObject impl && Ops.TryGetAttr(impl, PyStr.Intern("cache_tag"), out var tag))
            _cacheSettings.CacheTag = tag is PyStr t ? t.Value : null;
        _cacheSettings.CheckHashBasedPycs = ParseCheckHashBasedPycs(Sharpy.Runtime.Modules.Importing.ImpModule.CheckHashBasedPycs(Runtime));
    }

    /// <summary>spec.cached for a source or pyc origin (CPython's _get_cached).</summary>
    internal string? CachedPathFor(string origin)
    {
        if (origin.EndsWith(".py", StringComparison.Ordinal))
        {
            SyncCacheSettings();
            try { return Cache.CachePathFor(origin); }
            catch (ArgumentException) { return null; }
        }
        return origin.EndsWith(".pyc", StringComparison.Ordinal) ? origin : null;
    }

    /// <summary>Compiles source bytes for a module or script (dont_inherit, the interpreter's optimisation level).</summary>
    internal CodeObject CompileSource(byte[] source, string path) => Runtime.Compile(source, path, CompileMode.Exec);

    /// <summary>
    /// The cached-or-compiled code of a source file, obeying every cache switch; what
    /// SourceFileLoader.get_code does. I/O errors become Python OSErrors.
    /// </summary>
    public CodeObject GetSourceCode(string sourcePath, string? moduleName = null, Func<bool>? mayWrite = null)
    {
        SyncCacheSettings();
        try
        {
            var code = Cache.GetCode(sourcePath, bytes => CompileSource(bytes, sourcePath), moduleName, mayWrite);
            return FrozenLibModules.Present(code, sourcePath, Runtime.Options.LibDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportErrors.FromIO(e, sourcePath);
        }
    }

    /// <summary>The code of a legacy NAME.pyc without source (SourcelessFileLoader.get_code).</summary>
    public CodeObject GetSourcelessCode(string pycPath, string moduleName)
    {
        SyncCacheSettings();
        try
        {
            return Cache.LoadSourceless(pycPath, moduleName);
        }
        catch (PycImportException e)
        {
            throw ImportErrors.FromPyc(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportErrors.FromIO(e, pycPath);
        }
    }

    /// <summary>-v output: CPython's _verbose_message writes to sys.stderr.</summary>
    internal void VerboseLine(string line)
    {
        try
        {
            var stderr = SysAttr("stderr");
            if (stderr is null or PyNone)
                return;
            Ops.CallMethod(stderr, "write", new PyStr(line + "\n"));
        }
        catch (PythonException)
        {
            // Diagnostics must never break an import.
        }
    }

    internal int VerboseLevel => Runtime.Options.Verbose;

    internal void Verbose(string message, int level = 1)
    {
        if (VerboseLevel >= level)
            VerboseLine(message.StartsWith('#') || message.StartsWith("import ", StringComparison.Ordinal) ? message : "# " + message);
    }

    private static CheckHashBasedPycs ParseCheckHashBasedPycs(string? value) => value switch
    {
        "always" => CheckHashBasedPycs.Always,
        "never" => CheckHashBasedPycs.Never,
        _ => CheckHashBasedPycs.Default,
    };
}
