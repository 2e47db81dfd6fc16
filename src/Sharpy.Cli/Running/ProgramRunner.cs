using Sharpy.Cli.CommandLine;
using Sharpy.Runtime;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Objects;

namespace Sharpy.Cli.Running;

/// <summary>
/// Runs what the command line asks for: builds the runtime and its import system, then executes the
/// main program (-c, -m, a file or directory, stdin, the REPL) the way CPython's pymain_run_python does.
/// </summary>
// CPython 3.11: Modules/main.c pymain_run_python
internal sealed partial class ProgramRunner
{
    private readonly CommandLineOptions _options;
    private readonly string _program;
    private readonly TextWriter _stderr;
    private readonly bool _stdinIsTerminal;
    private PythonRuntime _runtime = null!;
    private ImportSystem _imports = null!;

    public ProgramRunner(CommandLineOptions options, string program, TextWriter stderr)
    {
        _options = options;
        _program = program;
        _stderr = stderr;
        _stdinIsTerminal = !Console.IsInputRedirected;
    }

    public int Run()
    {
        // Tool modules implemented natively by Sharpy run without starting the interpreter.
        if (_options.Mode == RunMode.Module && ToolModules.TryRun(_options, _program, out int toolExit))
            return toolExit;

        MainKind kind = _options.Mode switch
        {
            RunMode.Module => MainKind.Module,
            RunMode.File => RunsAsDirectory(_options.Filename!) ? MainKind.ScriptDirectory : MainKind.ScriptFile,
            _ => MainKind.CommandOrStdin,
        };
        StartupTrace.Mark("runner started");
        string executable = ProcessInfo.Executable();
        string? libDirectory = SysPathBuilder.FindLibDirectory(executable);
        var sysPath = SysPathBuilder.Build(kind, _options.Filename, _options.SafePath, _options.PythonPath, libDirectory);

        StartupTrace.Mark("sys.path built");
        var runtimeOptions = new RuntimeOptions
        {
            Argv = [.. _options.Argv],
            OrigArgv = [.. _options.OrigArgv],
            Interactive = _options.Interactive > 0,
            Debug = _options.ParserDebug,
            DevMode = _options.DevMode,
            Utf8Mode = _options.Utf8Mode,
            WarnDefaultEncoding = _options.WarnDefaultEncoding,
            HashRandomization = _options.HashSeed is not 0,
            Optimize = _options.Optimize,
            Verbose = _options.Verbose,
            DontWriteBytecode = _options.DontWriteBytecode,
            IgnoreEnvironment = _options.IgnoreEnvironment,
            Isolated = _options.Isolated,
            NoSite = _options.NoSite,
            NoUserSite = _options.NoUserSite,
            Unbuffered = _options.Unbuffered,
            Quiet = _options.Quiet > 0,
            Inspect = _options.Inspect > 0,
            BytesWarning = _options.BytesWarning,
            WarnOptions = [.. _options.WarnOptions],
            XOptions = XOptionsDictionary(),
            CheckHashBasedPycs = _options.CheckHashBasedPycs,
            PycachePrefix = _options.PycachePrefix,
            SafePath = _options.SafePath,
            IntMaxStrDigits = _options.IntMaxStrDigits,
            Executable = executable,
            SysPath = sysPath,
            LibDirectory = libDirectory,
            ClosedStandardDescriptors = [.. new[] { 0, 1, 2 }.Where(fd => !StandardStreams.IsOpen(fd))],
            Stdin = StandardStreams.IsOpen(0) ? Console.OpenStandardInput() : null,
            Stdout = StandardStreams.IsOpen(1) ? StandardOutputStream.Open(1) : null,
            Stderr = StandardStreams.IsOpen(2) ? StandardOutputStream.Open(2) : null,
        };

        StartupTrace.Mark("runtime options built");
        _runtime = new PythonRuntime(runtimeOptions);
        StartupTrace.Mark("runtime created");
        // As CPython at start-up: Ctrl-C (SIGINT) raises KeyboardInterrupt where the program is.
        Sharpy.Runtime.Modules.Signal.PendingSignals.InstallStartupHandlers();
        StartupTrace.Mark("SIGINT handler installed");
        int exitCode = _runtime.Run(RunOnInterpreterThread);
        try
        {
            _runtime.Flush();
        }
        catch (PythonException)
        {
            // A broken sys.stdout at exit is reported by CPython as an ignored exception; exit status stays.
        }
        if (_runtime.UnhandledKeyboardInterrupt)
            Platform.ExitBySignal.Interrupt();
        return exitCode;
    }

    /// <summary>A directory or a zip archive runs its __main__ module from sys.path[0].</summary>
    private static bool RunsAsDirectory(string filename) =>
        Directory.Exists(filename) || (File.Exists(filename) && ZipArchiveProbe.IsZipArchive(filename));

    private Dictionary<string, string?> XOptionsDictionary()
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in _options.XOptionPairs())
            result[key] = value;
        return result;
    }

    /// <summary>With -W, PYTHONWARNINGS or -b, CPython imports warnings at start-up, which applies (and reports invalid)
    /// sys.warnoptions before the program runs.</summary>
    private void ApplyWarningOptions()
    {
        if (_runtime.Sys.Dict!.GetItem("warnoptions") is not PyList { Count: > 0 }) return;
        try { _imports.Import("warnings", PyNone.Instance, PyNone.Instance, 0); }
        catch (PythonException e) { ExceptionPrinter.Print(_runtime, e.Value); }
    }

    /// <summary>-X tracemalloc / PYTHONTRACEMALLOC: tracing starts before the program runs.</summary>
    private void StartTraceMalloc()
    {
        if (_options.TraceMalloc <= 0) return;
        try
        {
            PyObject module = _imports.Import("_tracemalloc", PyNone.Instance, PyNone.Instance, 0);
            Ops.CallMethod(module, "start", PyInt.From(_options.TraceMalloc));
        }
        catch (PythonException e) { ExceptionPrinter.Print(_runtime, e.Value); }
    }

    private int RunOnInterpreterThread()
    {
        _imports = ImportSystem.Install(_runtime, new ImportSettings
        {
            ImportTime = _options.ImportTime,
            ImportTimeOutput = _stderr,
        });
        StartupTrace.Mark("import system installed (interpreter thread)");
        ApplyWarningOptions();
        StartTraceMalloc();
        bool inspect = _options.Inspect > 0;
        int exitCode;
        try
        {
            exitCode = _options.Mode switch
            {
                RunMode.Command => RunCommand(_options.Command!),
                RunMode.Module => RunModule(_options.Module!),
                RunMode.File => RunFile(_options.Filename!),
                _ => RunStdin(),
            };
        }
        catch (PythonException e) when (inspect)
        {
            // In inspect mode (-i, PYTHONINSPECT) even SystemExit is only reported (CPython's inspect mode).
            ExceptionPrinter.Print(_runtime, e.Value);
            exitCode = 1;
        }
        catch (PythonException e)
        {
            exitCode = _runtime.HandleUncaught(e);
        }

        // The program may set PYTHONINSPECT itself; the prompt then opens only where stdin is interactive
        // (a terminal, or -i), and only after -c, -m or a script: a stdin program had its prompt already.
        // CPython 3.11: Modules/main.c pymain_repl
        if (!inspect && !_options.IgnoreEnvironment
            && CommandLineParser.Nonempty(Environment.GetEnvironmentVariable("PYTHONINSPECT")) is not null)
            inspect = true;
        if (inspect && _options.Mode != RunMode.Stdin && (_stdinIsTerminal || _options.Interactive > 0))
            exitCode = new Repl(_runtime, _stdinIsTerminal, _options, showBanner: false, runStartup: false).Run();
        _runtime.RunExitHandlers();
        return exitCode;
    }

    /// <summary>Writes a launcher message ("prog: can't open file ...") after flushing Python's output.</summary>
    private void LauncherError(string message)
    {
        try { _runtime.Flush(); }
        catch (PythonException) { }
        _stderr.Write(message + "\n");
        _stderr.Flush();
    }
}
