namespace Sharpy.Syntax.Parsing;

/// <summary>The start rule, as <c>compile()</c>'s mode argument selects it.</summary>
public enum ParseMode
{
    /// <summary><c>exec</c>: a <see cref="Ast.Module"/>.</summary>
    Exec,
    /// <summary><c>eval</c>: an <see cref="Ast.Expression"/>.</summary>
    Eval,
    /// <summary><c>single</c>: an <see cref="Ast.Interactive"/>.</summary>
    Single,
    /// <summary><c>func_type</c>: a <see cref="Ast.FunctionType"/> (PEP 484 signature comments).</summary>
    FuncType,
}

/// <summary>Options of <c>ast.parse</c>/<c>compile</c> that change what the parser accepts or records.</summary>
public sealed record ParseOptions
{
    /// <summary><c>type_comments=True</c>: record <c># type:</c> comments in the AST.</summary>
    public bool TypeComments { get; init; }

    /// <summary><c>feature_version</c> minor number (e.g. 8 for 3.8); null means the current version.</summary>
    public int? FeatureVersion { get; init; }

    /// <summary>
    /// Receives the warnings the tokenizer and parser emit (category, message, line), e.g.
    /// <c>DeprecationWarning: invalid escape sequence '\d'</c>; returning true turns the warning into a
    /// SyntaxError, as CPython does when the warning filter makes it an error. Null ignores warnings.
    /// </summary>
    public Func<string, string, int, bool>? Warn { get; init; }

    /// <summary>
    /// The source is a script file run by the interpreter (CPython's file tokenizer, not <c>compile()</c>):
    /// an error reported at end of input has offset 0, because that tokenizer's buffer is empty there, so
    /// the traceback shows no caret. CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error (tok->cur == tok->buf).
    /// </summary>
    public bool FileInput { get; init; }
}

/// <summary>
/// Raised when nesting exceeds what the parser supports. CPython raises MemoryError from the parser
/// (its MAXSTACK) and RecursionError from later stages; the runtime maps <see cref="PythonType"/> to
/// the Python exception class.
/// </summary>
public sealed class ParserRecursionException : Exception
{
    public ParserRecursionException(string pythonType, string message) : base(message)
    {
        PythonType = pythonType;
    }

    /// <summary><c>"MemoryError"</c> or <c>"RecursionError"</c>.</summary>
    public string PythonType { get; }
}
