using System.Text;
using Sharpy.Cli.CommandLine;
using Sharpy.Compiler;
using Sharpy.Runtime;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Cli.Running;

/// <summary>
/// The interactive prompt: ">>> " and "... " (sys.ps1/sys.ps2), statements compiled in 'single' mode
/// so expression values are echoed through sys.displayhook, errors reported without leaving, and
/// SystemExit or end of input ending the session.
/// </summary>
// CPython 3.11: Python/pythonrun.c _PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx
internal sealed class Repl(PythonRuntime runtime, bool isTerminal, CommandLineOptions options, bool showBanner)
{
    private readonly TextReader _input = Console.In;

    public int Run()
    {
        if (showBanner)
            Tracebacks.WriteStderr(runtime, $"Python {VersionInfo.Full} on linux\n" +
                "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        RunStartupFile();

        var buffer = new StringBuilder();
        bool compound = false;
        while (true)
        {
            WritePrompt(buffer.Length == 0 ? Prompt("ps1", ">>> ") : Prompt("ps2", "... "));
            string? line = _input.ReadLine();
            if (line is null)
            {
                WritePrompt("\n");
                return 0;
            }
            bool blank = line.Trim().Length == 0;
            if (buffer.Length == 0)
            {
                if (blank)
                    continue;
                compound = StartsCompoundStatement(line);
            }
            buffer.Append(line).Append('\n');
            if (compound && !blank)
                continue; // a block ends with an empty line

            string source = buffer.ToString();
            Sharpy.Bytecode.Code.CodeObject code;
            try
            {
                code = runtime.Compile(source, "<stdin>", CompileMode.Single);
            }
            catch (PythonException e) when (!blank && IsIncomplete(e.Value))
            {
                continue;
            }
            catch (PythonException e)
            {
                buffer.Clear();
                ExceptionPrinter.Print(runtime, e.Value);
                continue;
            }
            if (!compound && !blank && IsCompoundStatement(source))
            {
                // "for x in y: f(x)" compiles, but a compound statement ends only with an empty line.
                compound = true;
                continue;
            }
            buffer.Clear();
            try
            {
                runtime.Execute(code, runtime.MainModule);
            }
            catch (PythonException e) when (e.Value.IsInstance(PyExc.SystemExit))
            {
                return runtime.HandleUncaught(e);
            }
            catch (PythonException e)
            {
                ExceptionPrinter.Print(runtime, e.Value);
            }
            FlushStdout();
        }
    }

    /// <summary>PYTHONSTARTUP runs before the first prompt (interactive sessions only).</summary>
    private void RunStartupFile()
    {
        if (options.Startup is not string path || !File.Exists(path))
            return;
        try
        {
            var code = runtime.Compile(File.ReadAllBytes(path), path, CompileMode.Exec);
            runtime.Execute(code, runtime.MainModule);
        }
        catch (PythonException e)
        {
            ExceptionPrinter.Print(runtime, e.Value);
        }
        catch (IOException)
        {
        }
    }

    private string Prompt(string name, string fallback)
    {
        var value = runtime.Sys.Dict!.GetItem(name);
        if (value is null)
            return fallback;
        try { return Ops.StrString(value); }
        catch (PythonException) { return fallback; }
    }

    /// <summary>Prompts go to stdout on a terminal and to stderr otherwise (as CPython without readline).</summary>
    private void WritePrompt(string text)
    {
        FlushStdout();
        if (isTerminal)
        {
            try
            {
                var stdout = runtime.Stdout;
                Ops.CallMethod(stdout, "write", new PyStr(text));
                Ops.CallMethod(stdout, "flush");
                return;
            }
            catch (PythonException) { }
        }
        Tracebacks.WriteStderr(runtime, text);
    }

    private void FlushStdout()
    {
        try { runtime.Flush(); }
        catch (PythonException) { }
    }

    private static bool StartsCompoundStatement(string line)
    {
        string code = line.Trim();
        int hash = code.IndexOf('#');
        if (hash >= 0 && !code.Contains('\'') && !code.Contains('"'))
            code = code[..hash].TrimEnd();
        return code.EndsWith(':') || code.StartsWith('@');
    }

    private static bool IsCompoundStatement(string source)
    {
        try
        {
            return Sharpy.Syntax.Parsing.PythonParser.Parse(source, "<stdin>", Sharpy.Syntax.Parsing.ParseMode.Single)
                is Sharpy.Syntax.Ast.Interactive { Body: [var first, ..] } && Sharpy.Syntax.Ast.AstFacts.IsCompound(first);
        }
        catch (Sharpy.Syntax.Diagnostics.SyntaxErrorException) { return false; }
    }

    /// <summary>Errors that mean "keep reading": open brackets, strings or blocks at the end of input.</summary>
    private static bool IsIncomplete(PyBaseException e)
    {
        if (!e.IsInstance(PyExc.SyntaxError))
            return false;
        string message = e.GetField("msg") is PyStr s ? s.Value : Ops.StrString(e);
        return message.Contains("was never closed", StringComparison.Ordinal)
            || message.StartsWith("unexpected EOF", StringComparison.Ordinal)
            || message.StartsWith("unterminated triple-quoted string", StringComparison.Ordinal)
            || message.StartsWith("expected an indented block", StringComparison.Ordinal)
            || message.Contains("unexpected end of", StringComparison.Ordinal);
    }
}
