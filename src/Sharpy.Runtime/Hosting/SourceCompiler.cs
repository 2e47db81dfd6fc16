using Sharpy.Bytecode.Code;
using Sharpy.Compiler;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;
using Sharpy.Syntax.Text;

namespace Sharpy.Runtime.Hosting;

/// <summary>source → AST → code, turning the front end's errors into Python exceptions.</summary>
public static class SourceCompiler
{
    private static CodeObject CompileAst(ModNode mod, string filename, CompileMode mode, CompileOptions options) =>
        PythonCompiler.Compile(mod, filename, mode, options);

    /// <summary>compile()'s optimize argument: -1 means the interpreter's level (-O, PYTHONOPTIMIZE).</summary>
    private static int Level(PythonRuntime rt, int optimize) => optimize < 0 ? rt.Options.Optimize : optimize;

    public static CodeObject Compile(PythonRuntime rt, string source, string filename, CompileMode mode, int flags, bool dontInherit,
        int optimize = -1)
        => Compile(rt, source, filename, mode, flags, dontInherit, fileInput: false, optimize);

    private static CodeObject Compile(PythonRuntime rt, string source, string filename, CompileMode mode, int flags, bool dontInherit,
        bool fileInput, int optimize)
    {
        try
        {
            var parseMode = mode switch { CompileMode.Eval => ParseMode.Eval, CompileMode.Single => ParseMode.Single, _ => ParseMode.Exec };
            var ast = PythonParser.Parse(source, filename, parseMode,
                new ParseOptions { Warn = CompileWarnings.ForParser(rt, filename), FileInput = fileInput });
            return CompileAst(ast, filename, mode, new CompileOptions
            {
                Optimize = Level(rt, optimize), Flags = flags, DontInherit = dontInherit, Source = source,
                Warn = CompileWarnings.ForCompiler(rt),
            });
        }
        catch (Exception e) when (e is not PythonException)
        {
            throw new PythonException(FrontEndError(e));
        }
    }

    /// <summary>compile() of an AST object: the tree read back from the ast module's nodes (no source text).</summary>
    public static CodeObject CompileTree(PythonRuntime rt, ModNode tree, string filename, CompileMode mode, int flags, bool dontInherit,
        int optimize = -1)
    {
        try
        {
            return CompileAst(tree, filename, mode, new CompileOptions
            {
                Optimize = Level(rt, optimize), Flags = flags, DontInherit = dontInherit, Warn = CompileWarnings.ForCompiler(rt),
            });
        }
        catch (Exception e) when (e is not PythonException)
        {
            throw new PythonException(FrontEndError(e));
        }
    }

    /// <summary>
    /// Source bytes: decoded as CPython does (UTF-8 BOM, PEP 263 cookie), with the script-file tokenizer's messages
    /// and error positions for the main script and <c>compile(bytes)</c>'s for everything else (imports, builtins).
    /// </summary>
    public static CodeObject Compile(PythonRuntime rt, byte[] source, string filename, CompileMode mode, int flags, bool dontInherit,
        int optimize = -1)
    {
        bool script = IsMainScript(rt, filename);
        string text;
        try { text = SourceDecoder.Decode(source, filename, script ? SourceOrigin.File : SourceOrigin.CompileBytes); }
        catch (Exception e) when (e is not PythonException) { throw new PythonException(FrontEndError(e)); }
        return Compile(rt, text, filename, mode, flags, dontInherit, script, optimize);
    }

    // The main script is compiled before any Python frame runs, once __main__.__file__ names it (the launcher sets
    // it first); imports and compile() run later, from a frame.
    private static bool IsMainScript(PythonRuntime rt, string filename) =>
        rt.PyThreadState.TopFrame is null
        && rt.MainModule.Dict?.GetItem("__file__") is PyStr file && file.Value == filename;

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
        // CPython 3.11: errors found before tokenizing (null bytes, the script file's encoding) carry no location
        // (args is just the message); compile(bytes)'s decoding errors have (filename, 0, -1, None); the tokenizer's,
        // parser's and compiler's have all six fields, where -1 means "no end" (INDENT/DEDENT/ENDMARKER).
        if (se.Lineno == 0 && se.Offset == 0 && se.Text == null && se.EndLineno == 0)
            return new PyBaseException(type, new PyStr(se.Msg));
        if (se.Lineno == 0 && se.Offset == -1 && se.Text == null)
            return new PyBaseException(type, new PyStr(se.Msg), PyTuple.Of(Opt(se.Filename), PyInt.From(0), PyInt.From(-1), PyNone.Instance));
        PyObject Num(int n) => n < -1 ? PyNone.Instance : PyInt.From(n);
        var details = PyTuple.Of(Opt(se.Filename), Num(se.Lineno), Num(se.Offset), Opt(se.Text), Num(se.EndLineno), Num(se.EndOffset));
        return new PyBaseException(type, new PyStr(se.Msg), details);
    }
}
