using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Runtime.Hosting;

/// <summary>source → AST → code, turning the front end's errors into Python exceptions.</summary>
public static class SourceCompiler
{
    private static CodeObject CompileAst(ModNode mod, string filename, CompileMode mode, CompileOptions options) =>
        PythonCompiler.Compile(mod, filename, mode, options);

    public static CodeObject Compile(PythonRuntime rt, string source, string filename, CompileMode mode, int flags, bool dontInherit)
    {
        try
        {
            var parseMode = mode switch { CompileMode.Eval => ParseMode.Eval, CompileMode.Single => ParseMode.Single, _ => ParseMode.Exec };
            var ast = PythonParser.Parse(source, filename, parseMode);
            return CompileAst(ast, filename, mode, new CompileOptions
            {
                Optimize = rt.Options.Optimize, Flags = flags, DontInherit = dontInherit, Source = source,
            });
        }
        catch (Exception e) when (e is not PythonException)
        {
            throw new PythonException(FrontEndError(e));
        }
    }

    public static CodeObject Compile(PythonRuntime rt, byte[] source, string filename, CompileMode mode, int flags, bool dontInherit)
    {
        string text;
        try { text = DecodeSource(source, filename); }
        catch (Exception e) when (e is not PythonException) { throw new PythonException(FrontEndError(e)); }
        return Compile(rt, text, filename, mode, flags, dontInherit);
    }

    private static string DecodeSource(byte[] source, string filename) => System.Text.Encoding.UTF8.GetString(source);

    public static PyBaseException FrontEndError(Exception e) => e switch
    {
        SyntaxErrorException se => ToSyntaxError(se),
        ParserRecursionException pr when pr.PythonType == "MemoryError" => new PyBaseException(PyExc.MemoryError),
        ParserRecursionException pr => PyExc.RecursionError(pr.Message),
        CompilerRecursionException => PyExc.RecursionError("maximum recursion depth exceeded during compilation"),
        InsufficientExecutionStackException => PyExc.RecursionError("maximum recursion depth exceeded during compilation"),
        _ => PyExc.SystemError($"internal compiler error: {e.GetType().Name}: {e.Message}"),
    };

    /// <summary>SyntaxErrorException → a Python SyntaxError (or IndentationError/TabError) object.</summary>
    public static PyBaseException ToSyntaxError(SyntaxErrorException se)
    {
        var type = PyExc.ByName.TryGetValue(se.PythonType, out var t) ? t : PyExc.SyntaxError;
        PyObject Opt(string? s) => s == null ? PyNone.Instance : new PyStr(s);
        PyObject Num(int n) => n < 0 ? PyNone.Instance : PyInt.From(n);
        var details = PyTuple.Of(Opt(se.Filename), Num(se.Lineno), Num(se.Offset), Opt(se.Text), Num(se.EndLineno), Num(se.EndOffset));
        return new PyBaseException(type, new PyStr(se.Msg), details);
    }
}
