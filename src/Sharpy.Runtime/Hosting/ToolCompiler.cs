using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;
using Sharpy.Syntax.Text;

namespace Sharpy.Runtime.Hosting;

/// <summary>The compiler as the byte-compiling tools (py_compile, compileall) call it: no runtime needed,
/// errors left as the front end's exceptions so the tools can format them as CPython's do.</summary>
public static class ToolCompiler
{
    /// <summary>compile(source, path, 'exec', dont_inherit=True, optimize=level), the front end's warnings
    /// decided by <paramref name="warnings"/>.</summary>
    public static Func<byte[], string, int, CodeObject> WithWarnings(ToolWarnings warnings) =>
        (source, path, optimize) => Compile(source, path, optimize,
            (category, message, line) => warnings.Show(category, message, path, line),
            w => warnings.Show("SyntaxWarning", w.Message, w.Filename, w.Lineno));

    /// <summary>compile(source, path, 'exec', dont_inherit=True, optimize=level) with the given warning sinks
    /// (parser: category, message, line; each returns true when the warning is to be an error).</summary>
    public static CodeObject Compile(byte[] source, string path, int optimize,
        Func<string, string, int, bool> parserWarn, Func<CompilerWarning, bool> compilerWarn)
    {
        string text = SourceDecoder.Decode(source, path, SourceOrigin.CompileBytes);
        var module = PythonParser.Parse(text, path, ParseMode.Exec, new ParseOptions { Warn = parserWarn });
        // Source gives the compiler's own SyntaxErrors ('return' outside function, ...) their line text.
        return PythonCompiler.Compile(module, path, CompileMode.Exec, new CompileOptions
        {
            Optimize = optimize, DontInherit = true, Source = text, Warn = compilerWarn,
        });
    }

    /// <summary>py_compile.PyCompileError.msg: the SyntaxError display, or "Sorry: Type: message".</summary>
    public static string FormatError(Exception e) => e switch
    {
        // py_compile formats only an exact SyntaxError like a traceback; its subclasses get str(exc).
        SyntaxErrorException { PythonType: "SyntaxError" } se => SyntaxErrorText.Format(se),
        SyntaxErrorException se => $"Sorry: {se.PythonType}: {SyntaxErrorStr(se)}",
        ParserRecursionException pr => $"Sorry: {pr.PythonType}: {pr.Message}",
        CompilerRecursionException cr => $"Sorry: {cr.PythonType}: {cr.Message}",
        _ => $"Sorry: {e.GetType().Name}: {e.Message}",
    };

    /// <summary>str() of the SyntaxError object the runtime would build: "msg (file, line N)", the file's base name.</summary>
    // CPython 3.11: Objects/exceptions.c SyntaxError_str
    private static string SyntaxErrorStr(SyntaxErrorException se)
    {
        if (se.Lineno == 0 && se.Offset == 0 && se.Text == null && se.EndLineno == 0)
            return se.Msg; // no location at all: args is just the message
        return se.Filename is string file
            ? $"{se.Msg} ({Path.GetFileName(file)}, line {se.Lineno})"
            : $"{se.Msg} (line {se.Lineno})";
    }
}
