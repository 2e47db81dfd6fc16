using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime.Builtins;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Modules;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Hosting;

/// <summary>
/// One Python interpreter instance: builtins, sys, the module registry and the interpreter thread.
/// All Python code runs on a dedicated thread with a large stack (see <see cref="RuntimeOptions.ThreadStackSize"/>).
/// </summary>
public sealed partial class PythonRuntime
{
    [ThreadStatic] private static PythonRuntime? _current;

    /// <summary>The runtime executing on this thread.</summary>
    public static PythonRuntime Current => _current ?? throw new InvalidOperationException("no Python runtime on this thread");
    internal static PythonRuntime? CurrentOrNull => _current;

    public RuntimeOptions Options { get; }
    public PyModule Builtins { get; }
    public PyModule Sys { get; }
    public PyDict Modules { get; } = new();
    public PyModule MainModule { get; }
    public IImportSystem? Importer { get; set; }
    /// <summary>Set when the program ended with an uncaught KeyboardInterrupt: CPython then exits by SIGINT.</summary>
    public bool UnhandledKeyboardInterrupt { get; set; }
    public PyObject Stdout { get => Sys.Dict!.GetItem("stdout") ?? PyNone.Instance; }
    public PyObject Stderr { get => Sys.Dict!.GetItem("stderr") ?? PyNone.Instance; }

    /// <summary>Native modules available to import: name → factory.</summary>
    public Dictionary<string, Func<PythonRuntime, PyModule>> NativeModules { get; } = new();

    public PythonRuntime(RuntimeOptions options)
    {
        Options = options;
        var prev = _current;
        _current = this;
        try
        {
            Builtins = BuiltinsModule.Create(this);
            StartupTrace.Mark("builtins created");
            Modules.SetItem("builtins", Builtins);
            NativeModuleRegistry.Register(this);
            Sys = SysModule.Create(this);
            StartupTrace.Mark("sys created");
            Modules.SetItem("sys", Sys);
            Sharpy.Runtime.Modules.Threads.ThreadModule.InstallSysFunctions(Sys);
            if (!options.NoSite) Sharpy.Runtime.Builtins.SiteBuiltins.Install(Builtins.Dict!, Sys);
            MainModule = new PyModule("__main__");
            // CPython 3.11 pylifecycle.c add_main_module: __main__ starts with an empty __annotations__, then __builtins__.
            MainModule.Dict!.SetItem("__annotations__", new PyDict());
            MainModule.Dict!.SetItem("__builtins__", Builtins);
            Modules.SetItem("__main__", MainModule);
        }
        finally { _current = prev; }
    }

    /// <summary>A new module with <c>__builtins__</c> set (not registered in sys.modules).</summary>
    public PyModule CreateModule(string name)
    {
        var m = new PyModule(name);
        m.Dict!.SetItem("__builtins__", Builtins);
        return m;
    }

    /// <summary>Create a native (builtin) module by name, or null when there is none.</summary>
    public PyModule? CreateNativeModule(string name)
    {
        if (!NativeModules.TryGetValue(name, out var f)) return null;
        return RunOnThisThread(() => f(this));
    }

    public IEnumerable<string> BuiltinModuleNames => NativeModules.Keys.Concat(["builtins", "sys"]).Distinct().OrderBy(s => s, StringComparer.Ordinal);

    public CodeObject Compile(string source, string filename, CompileMode mode) =>
        SourceCompiler.Compile(this, source, filename, mode, 0, false);

    public CodeObject Compile(byte[] source, string filename, CompileMode mode) =>
        SourceCompiler.Compile(this, source, filename, mode, 0, false);

    /// <summary>Run module-level code in <paramref name="module"/>'s namespace. Python errors escape as <see cref="PythonException"/>.</summary>
    public void Execute(CodeObject code, PyModule module)
    {
        Run(() => { Eval.RunModuleCode(this, code, module.Dict!, module.Dict!); return 0; });
    }

    /// <summary>Run <paramref name="action"/> as Python code would run: on the interpreter thread.</summary>
    public T Run<T>(Func<T> action)
    {
        if (_current == this) return action();
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            _current = this;
            try { result = action(); }
            catch (Exception e) { error = e; }
            finally { _current = null; }
        }, Options.ThreadStackSize);
        thread.Name = "sharpy-interpreter";
        thread.Start();
        thread.Join();
        if (error != null)
        {
            if (error is PythonException) throw new PythonException(((PythonException)error).Value);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }
        return result;
    }

    private T RunOnThisThread<T>(Func<T> f) => Run(f);

    /// <summary>
    /// Print an uncaught exception like CPython (traceback to sys.stderr) and return the process exit
    /// code; SystemExit is handled as CPython does (code None → 0, int → that, else printed → 1).
    /// </summary>
    public int HandleUncaught(PythonException e) => Run(() => Tracebacks.HandleUncaught(this, e.Value));

    /// <summary>Flush sys.stdout and sys.stderr (call before the process exits).</summary>
    public void Flush() => Run(() => { SysModule.FlushStd(this); return 0; });
}
