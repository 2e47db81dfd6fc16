using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Code;
using Sharpy.Cli.CommandLine;
using Sharpy.Runtime.Hosting;
using Sharpy.Compiler;
using Sharpy.Compiler.Tools;
using Sharpy.Syntax;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Cli.Running;

/// <summary>
/// Standard-library command-line tools that Sharpy implements natively: <c>-m ast</c>, <c>-m dis</c>,
/// <c>-m py_compile</c>, <c>-m compileall</c>, and Sharpy's own <c>-m pycache</c>.
/// </summary>
internal static class ToolModules
{
    public static bool TryRun(CommandLineOptions options, string program, out int exitCode)
    {
        exitCode = 0;
        string[] args = options.Argv.Skip(1).ToArray();
        var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        try
        {
            switch (options.Module)
            {
                case "ast":
                    exitCode = RunFrontEnd(() => AstTool.Run(args, Console.In, stdout, stderr), stdout, stderr);
                    return true;
                case "dis":
                    exitCode = RunFrontEnd(() => DisTool.Run(args, stdout, stderr), stdout, stderr);
                    return true;
                case "pycache":
                    exitCode = PycacheTool.Run(args, stdout, stderr, !Console.IsOutputRedirected);
                    return true;
                case "py_compile":
                    exitCode = PyCompileTool.Run(args, stdout, stderr, Host(options));
                    return true;
                case "compileall":
                    exitCode = CompileAllTool.Run(args, stdout, stderr, Host(options));
                    return true;
                default:
                    return false;
            }
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>Runs a tool whose syntax errors surface as exceptions, printing them as CPython does.</summary>
    private static int RunFrontEnd(Func<int> tool, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return tool();
        }
        catch (SyntaxErrorException e)
        {
            stdout.Flush();
            stderr.Write(SyntaxErrorText.Format(e));
            return 1;
        }
        catch (ParserRecursionException e)
        {
            stdout.Flush();
            stderr.Write($"{e.PythonType}: {e.Message}\n");
            return 1;
        }
    }

    /// <summary>What py_compile and compileall need: the compiler and the interpreter's settings.</summary>
    public static CompileHost Host(CommandLineOptions options) => new()
    {
        Compile = ToolCompiler.WithWarnings(new ToolWarnings(options.WarnOptions, Console.Error)),
        FormatCompileError = ToolCompiler.FormatError,
        InterpreterOptimize = options.Optimize,
        PycachePrefix = options.PycachePrefix,
        SourceDateEpoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"),
        SysPath = [Directory.GetCurrentDirectory(), .. options.PythonPath],
        Stdin = Console.In,
        WorkerExecutable = Environment.ProcessPath,
    };
}
