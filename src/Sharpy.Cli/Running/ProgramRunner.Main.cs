using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime;
using Sharpy.Runtime.Importing;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Cli.Running;

// The four ways to start a program: -c, a file (or directory, or pyc), -m, and stdin.
internal sealed partial class ProgramRunner
{
    private PyModule Main => _runtime.MainModule;

    /// <summary>-c: the command plus a newline, compiled as "&lt;string&gt;".</summary>
    private int RunCommand(string command)
    {
        _imports.InitMainModule(Main);
        var code = _runtime.Compile(command + "\n", "<string>", CompileMode.Exec);
        _runtime.Execute(code, Main);
        return 0;
    }

    /// <summary>A script file, a directory with __main__.py, or a pyc file.</summary>
    // CPython 3.11: Modules/main.c pymain_run_file_obj, Python/pythonrun.c _PyRun_SimpleFileObject
    private int RunFile(string filename)
    {
        string absolute = SysPathBuilder.AbsolutePath(filename);
        if (RunsAsDirectory(filename))
            return RunDirectory();

        byte[] head = new byte[2];
        int headLength;
        try
        {
            using var stream = new FileStream(filename, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            headLength = stream.Read(head, 0, 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var os = PythonOSError.From(e, filename);
            string reason = os.Message;
            int colon = reason.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && reason.StartsWith("[Errno", StringComparison.Ordinal)) reason = reason[..colon];
            LauncherError($"{_program}: can't open file '{absolute}': {reason}");
            return 2;
        }

        _imports.InitMainModule(Main);
        if (filename.EndsWith(".pyc", StringComparison.Ordinal) || BytecodeCache.LooksLikePyc(head.AsSpan(0, headLength)))
            return RunPycFile(absolute);

        CodeObject code = _imports.LoadMainScript(Main, absolute, useCache: !_options.SkipFirstLine,
            _options.SkipFirstLine ? SkipFirstLine : null);
        Runtime.Hosting.StartupTrace.Mark("main script code loaded");
        _runtime.Execute(code, Main);
        Runtime.Hosting.StartupTrace.Mark("main script executed");
        return 0;
    }

    /// <summary>-x: drop the first line but keep its newline, so line numbers stay the same.</summary>
    private static byte[] SkipFirstLine(byte[] source)
    {
        int newline = Array.IndexOf(source, (byte)'\n');
        return newline < 0 ? [] : source[newline..];
    }

    private int RunPycFile(string absolute)
    {
        byte[] data;
        try { data = File.ReadAllBytes(absolute); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PythonException(PyExc.Create(PyExc.OSErrorType, e.Message));
        }
        CodeObject code;
        try
        {
            code = BytecodeCache.LoadForExecution(data);
        }
        catch (PycImportException e)
        {
            var type = PyExc.ByName.TryGetValue(e.PythonType, out var t) ? t : PyExc.RuntimeErrorType;
            throw new PythonException(PyExc.Create(type, e.Message));
        }
        _imports.SetMainPycAttributes(Main, absolute);
        _runtime.Execute(code, Main);
        return 0;
    }

    /// <summary>A directory or zip archive: runs its __main__ module found on sys.path[0].</summary>
    private int RunDirectory()
    {
        _imports.InitMainModule(Main);
        return RunRunpy(() => _imports.RunModuleAsMain("__main__", alterArgv: false));
    }

    /// <summary>-m module: runpy semantics (packages run their __main__ submodule).</summary>
    private int RunModule(string module)
    {
        _imports.InitMainModule(Main);
        return RunRunpy(() => _imports.RunModuleAsMain(module, alterArgv: true));
    }

    private int RunRunpy(Action run)
    {
        try
        {
            run();
            return 0;
        }
        catch (RunpyException e)
        {
            // runpy: sys.exit("%s: %s" % (sys.executable, exc))
            LauncherError($"{_runtime.Options.Executable}: {e.Message}");
            return 1;
        }
    }

    /// <summary>stdin: the prompt when it is a terminal (or -i), else the whole input as a script.</summary>
    private int RunStdin()
    {
        _imports.InitMainModule(Main);
        // CPython 3.11: Modules/main.c pymain_run_stdin (stdin_is_interactive: a terminal or -i)
        if (_stdinIsTerminal || _options.Interactive > 0)
            return new Repl(_runtime, _stdinIsTerminal, _options, showBanner: _options.Quiet == 0, runStartup: true).Run();

        byte[] source;
        using (var stdin = Console.OpenStandardInput())
        using (var buffer = new MemoryStream())
        {
            stdin.CopyTo(buffer);
            source = buffer.ToArray();
        }
        if (_options.SkipFirstLine)
            source = SkipFirstLine(source);
        Main.Dict!.SetItem("__file__", new PyStr("<stdin>"));
        Main.Dict!.SetItem("__cached__", PyNone.Instance);
        var code = _runtime.Compile(source, "<stdin>", CompileMode.Exec);
        _runtime.Execute(code, Main);
        return 0;
    }
}
