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
/// <param name="runStartup">PYTHONSTARTUP runs only for a session on stdin, not for -i after a program.</param>
// CPython 3.11: Python/pythonrun.c _PyRun_InteractiveLoopObject, PyRun_InteractiveOneObjectEx
internal sealed class Repl(PythonRuntime runtime, bool isTerminal, CommandLineOptions options, bool showBanner, bool runStartup)
{
    private readonly TextReader _input = Console.In;

    public int Run()
    {
        if (showBanner)
            Tracebacks.WriteStderr(runtime, $"Python {VersionInfo.Full} on linux\n" +
                "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        SetDefaultPrompts();
        if (runStartup)
            RunStartupFile();

        var buffer = new StringBuilder();
        bool compound = false;
        while (true)
        {
            WritePrompt(buffer.Length == 0 ? Prompt("ps1", ">>> ") : Prompt("ps2", "... "));
            string? line;
            using (Sharpy.Runtime.Modules.Signal.PendingSignals.BlockingRead()) line = _input.ReadLine();
            // End of input inside a statement ends that statement: it runs, or its error is reported.
            bool endOfInput = line is null;
            if (endOfInput)
            {
                WritePrompt("\n");
                if (buffer.Length == 0)
                    return 0;
            }
            line ??= "";
            bool blank = line.Trim().Length == 0;
            if (buffer.Length == 0)
            {
                if (blank || IsComment(line))
                    continue;
                compound = StartsCompoundStatement(line);
            }
            buffer.Append(line).Append('\n');
            if (compound && !blank && !endOfInput)
                continue; // a block ends with an empty line

            string source = buffer.ToString();
            Sharpy.Bytecode.Code.CodeObject code;
            try
            {
                code = runtime.Compile(source, "<stdin>", CompileMode.Single);
            }
            catch (PythonException e) when (!endOfInput && (blank ? IsInsideBrackets(e.Value) : IsIncomplete(e.Value)))
            {
                // An empty line ends a block, but not an open bracket or triple-quoted string.
                continue;
            }
            catch (PythonException e)
            {
                buffer.Clear();
                ExceptionPrinter.Print(runtime, e.Value);
                continue;
            }
            if (!compound && !blank && !endOfInput && IsCompoundStatement(source))
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

    /// <summary>The interactive loop defines sys.ps1 and sys.ps2 when the program has not.</summary>
    // CPython 3.11: Python/pythonrun.c _PyRun_InteractiveLoopObject
    private void SetDefaultPrompts()
    {
        var sys = runtime.Sys.Dict!;
        if (sys.GetItem("ps1") is null) sys.SetItem("ps1", new PyStr(">>> "));
        if (sys.GetItem("ps2") is null) sys.SetItem("ps2", new PyStr("... "));
    }

    /// <summary>A comment-only line gives no tokens: before a statement it is skipped like an empty line
    /// (inside a block it does not end the block).</summary>
    private static bool IsComment(string line) => line.TrimStart(' ', '\t', '\f').StartsWith('#');

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

    /// <summary>Incomplete input that an empty line does not end: an open bracket or triple-quoted string.</summary>
    private static bool IsInsideBrackets(PyBaseException e)
    {
        if (!e.IsInstance(PyExc.SyntaxError))
            return false;
        string message = e.GetField("msg") is PyStr s ? s.Value : Ops.StrString(e);
        return message.Contains("was never closed", StringComparison.Ordinal)
            || message.StartsWith("unterminated triple-quoted string", StringComparison.Ordinal);
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
