using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Runtime.Hosting;

/// <summary>The compiler as the byte-compiling tools (py_compile, compileall) call it: no runtime needed,
/// errors left as the front end's exceptions so the tools can format them as CPython's do.</summary>
public static class ToolCompiler
{
    /// <summary>compile(source, path, 'exec', dont_inherit=True, optimize=level).</summary>
    public static CodeObject Compile(byte[] source, string path, int optimize)
    {
        var module = PythonParser.Parse(source, path, ParseMode.Exec);
        return PythonCompiler.Compile(module, path, CompileMode.Exec, new CompileOptions { Optimize = optimize, DontInherit = true });
    }

    /// <summary>py_compile.PyCompileError.msg: the SyntaxError display, or "Sorry: Type: message".</summary>
    public static string FormatError(Exception e) => e switch
    {
        SyntaxErrorException se => SyntaxErrorText.Format(se),
        ParserRecursionException pr => $"Sorry: {pr.PythonType}: {pr.Message}",
        CompilerRecursionException cr => $"Sorry: {cr.PythonType}: {cr.Message}",
        _ => $"Sorry: {e.GetType().Name}: {e.Message}",
    };
}
