using System.Reflection;
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
    private static Func<ModNode, string, CompileMode, CompileOptions, CodeObject>? _compile;

    // The compiler's entry point is looked up once by name so the runtime builds while the compiler
    // project is still growing (PythonCompiler.Compile(ModNode, string, CompileMode, CompileOptions?)).
    private static Func<ModNode, string, CompileMode, CompileOptions, CodeObject> CompileAst
    {
        get
        {
            if (_compile != null) return _compile;
            var t = typeof(CompileOptions).Assembly.GetType("Sharpy.Compiler.PythonCompiler")
                ?? throw new PythonException(PyExc.SystemError("the compiler is not available"));
            var m = t.GetMethod("Compile", BindingFlags.Public | BindingFlags.Static,
                [typeof(ModNode), typeof(string), typeof(CompileMode), typeof(CompileOptions)])
                ?? throw new PythonException(PyExc.SystemError("the compiler is not available"));
            _compile = (mod, fn, mode, opts) =>
            {
                try { return (CodeObject)m.Invoke(null, [mod, fn, mode, opts])!; }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                    throw;
                }
            };
            return _compile;
        }
    }

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

    private static string DecodeSource(byte[] source, string filename)
    {
        var t = typeof(PythonParser).Assembly.GetType("Sharpy.Syntax.Parsing.SourceDecoding");
        var m = t?.GetMethod("Decode", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(byte[]), typeof(string)]);
        if (m != null)
        {
            try { return (string)m.Invoke(null, [source, filename])!; }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
        return System.Text.Encoding.UTF8.GetString(source);
    }

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
