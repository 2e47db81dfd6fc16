using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>A runpy error (CPython's runpy._Error): reported as "&lt;sys.executable&gt;: message", exit status 1.</summary>
public sealed class RunpyException(string message) : Exception(message);

/// <summary>
/// Preparing and running <c>__main__</c>: scripts (cached in __pycache__ like any module, beyond
/// CPython), -m modules and packages, and directories with a __main__.py (CPython's runpy).
/// </summary>
public sealed partial class ImportSystem
{
    /// <summary>__main__'s attributes before anything runs: __loader__ is BuiltinImporter, as in CPython.</summary>
    public void InitMainModule(PyModule main)
    {
        main.Dict!.SetItem("__loader__", BuiltinImporter.Type);
    }

    /// <summary>
    /// The code of the main script <paramref name="path"/> (absolute) through the bytecode cache, with
    /// __main__'s __file__, __cached__ and __loader__ set as for an imported module named __main__.
    /// With <paramref name="useCache"/> false (e.g. -x, which alters the source) it is compiled directly.
    /// </summary>
    public CodeObject LoadMainScript(PyModule main, string path, bool useCache, Func<byte[], byte[]>? transformSource = null)
    {
        var d = main.Dict!;
        d.SetItem("__file__", new PyStr(path));
        d.SetItem("__loader__", Loaders.CreateFileLoader(Loaders.SourceFileLoaderType, "__main__", path));
        CodeObject code;
        if (useCache)
        {
            // CPython compiles the main script on every run, so its compile-time warnings show every time:
            // a script whose compilation warns is not cached.
            int warningsBefore = CompileWarnings.Issued;
            code = GetSourceCode(path, "__main__", mayWrite: () => CompileWarnings.Issued == warningsBefore);
            d.SetItem("__cached__", NativeClass.Str(CachedPathFor(path)));
        }
        else
        {
            byte[] source;
            try { source = File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw ImportErrors.FromIO(e, path); }
            if (transformSource is not null)
                source = transformSource(source);
            code = CompileSource(source, path);
            d.SetItem("__cached__", PyNone.Instance);
        }
        return code;
    }

    /// <summary>__main__ of a pyc run as a script, as CPython's _PyRun_SimpleFileObject sets it: __file__,
    /// __cached__ None, a SourcelessFileLoader.</summary>
    public void SetMainPycAttributes(PyModule main, string path)
    {
        var d = main.Dict!;
        d.SetItem("__file__", new PyStr(path));
        d.SetItem("__cached__", PyNone.Instance);
        d.SetItem("__loader__", Loaders.CreateFileLoader(Loaders.SourcelessFileLoaderType, "__main__", path));
    }

    /// <summary>runpy._run_module_as_main for -m (alterArgv) or a directory's __main__ (not).</summary>
    /// <exception cref="RunpyException">the module cannot be found or executed as a script.</exception>
    // CPython 3.11: Lib/runpy.py _run_module_as_main, _get_module_details, _get_main_module_details, _run_code
    public void RunModuleAsMain(string modName, bool alterArgv)
    {
        (PyObject spec, CodeObject code) = alterArgv ? GetModuleDetails(modName) : GetMainModuleDetails();
        var main = SysModules.GetItem(new PyStr("__main__")) ?? Runtime.MainModule;
        var globals = main.Dict!;
        if (alterArgv && SysAttr("argv") is PyList argv && argv.Count > 0)
            argv.Items[0] = Ops.GetAttr(spec, "origin");
        globals.SetItem("__name__", new PyStr("__main__"));
        globals.SetItem("__file__", Ops.GetAttr(spec, "origin"));
        globals.SetItem("__cached__", Ops.GetAttr(spec, "cached"));
        globals.SetItem("__doc__", PyNone.Instance);
        globals.SetItem("__loader__", Ops.GetAttr(spec, "loader"));
        globals.SetItem("__package__", Ops.GetAttr(spec, "parent"));
        globals.SetItem("__spec__", spec);
        // CPython runs this in runpy, a frozen module: its two frames head the stack and any traceback.
        Interpreter.FrozenFrames.RunUnder(Runtime, RunpyCallers, nativeLevels: 1,
            () => Interpreter.Eval.RunModuleCode(Runtime, code, globals, globals));
    }

    // Lib/runpy.py of CPython 3.11.7: the call of _run_code in _run_module_as_main, the exec() in _run_code (which
    // re-enters the loop from C: one more recursion level).
    private static readonly (string, string, int)[] RunpyCallers =
        [("runpy", "_run_module_as_main", 198), ("runpy", "_run_code", 88)];

    private (PyObject, CodeObject) GetMainModuleDetails()
    {
        var key = new PyStr("__main__");
        var savedMain = SysModules.GetItem(key);
        SysModules.Remove(key);
        try
        {
            return GetModuleDetails("__main__");
        }
        catch (RunpyException e) when (e.Message.Contains("__main__", StringComparison.Ordinal))
        {
            string path0 = SysAttr("path") is PyList { Count: > 0 } path ? Ops.StrString(path.Items[0]) : "";
            throw new RunpyException($"can't find '__main__' module in {ImportErrors.Repr(path0)}");
        }
        finally
        {
            if (savedMain is not null)
                SysModules.SetItem(key, savedMain);
        }
    }

    private (PyObject, CodeObject) GetModuleDetails(string modName)
    {
        if (modName.StartsWith('.'))
            throw new RunpyException("Relative module names not supported");
        int dot = modName.LastIndexOf('.');
        string pkgName = dot < 0 ? "" : modName[..dot];
        if (pkgName.Length > 0)
        {
            try
            {
                ImportAbsolute(pkgName);
            }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError))
            {
                // A missing ancestor is reported by find_spec below; other import errors propagate.
                string? missing = e.Value.GetField("name") is PyStr n ? n.Value : null;
                if (missing is null || (missing != pkgName && !pkgName.StartsWith(missing + ".", StringComparison.Ordinal)))
                    throw;
            }
        }

        PyObject spec;
        try
        {
            spec = Modules.Importing.ImportlibUtilModule.FindSpec(this, modName, null);
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError) || e.Value.IsInstance(PyExc.AttributeErrorType)
            || e.Value.IsInstance(PyExc.TypeErrorType) || e.Value.IsInstance(PyExc.ValueErrorType))
        {
            string message = $"Error while finding module specification for {ImportErrors.Repr(modName)} ({e.Value.Type.Name}: {Ops.StrString(e.Value)})";
            if (modName.EndsWith(".py", StringComparison.Ordinal))
                message += $". Try using '{modName[..^3]}' instead of '{modName}' as the module name.";
            throw new RunpyException(message);
        }
        if (spec is PyNone)
            throw new RunpyException("No module named " + modName);
        if (ModuleSpecs.SearchLocations(spec) is not PyNone)
        {
            if (modName == "__main__" || modName.EndsWith(".__main__", StringComparison.Ordinal))
                throw new RunpyException("Cannot use package as __main__ module");
            try
            {
                return GetModuleDetails(modName + ".__main__");
            }
            catch (RunpyException e)
            {
                if (SysModules.GetItem(new PyStr(modName)) is null)
                    throw;
                throw new RunpyException($"{e.Message}; {ImportErrors.Repr(modName)} is a package and cannot be directly executed");
            }
        }
        var loader = ModuleSpecs.Loader(spec);
        if (loader is PyNone)
            throw new RunpyException($"{ImportErrors.Repr(modName)} is a namespace package and cannot be executed");
        CodeObject code;
        try
        {
            if (loader is Loaders.FileLoaderObject fileLoader && Loaders.IsNativeExec(fileLoader))
                code = fileLoader.IsSourceless ? GetSourcelessCode(fileLoader.Path, modName) : GetSourceCode(fileLoader.Path, modName);
            else
            {
                var pyCode = Ops.CallMethod(loader, "get_code", new PyStr(modName));
                if (pyCode is not Interpreter.PyCode pc)
                    throw new RunpyException("No code object available for " + modName);
                code = pc.Code;
            }
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError))
        {
            throw new RunpyException(Ops.StrString(e.Value));
        }
        return (spec, code);
    }
}
