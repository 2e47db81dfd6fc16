using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Compiler;

/// <summary>compile()'s mode argument.</summary>
public enum CompileMode
{
    Exec,
    Eval,
    /// <summary>Interactive: expression statements print their value via PRINT_EXPR.</summary>
    Single,
}

/// <summary>Options of one compilation (compile()'s flags, optimize and the source for error text).</summary>
public sealed record CompileOptions
{
    /// <summary>0: normal; 1 (-O): asserts removed, __debug__ is False; 2 (-OO): also drops docstrings.</summary>
    public int Optimize { get; init; }

    /// <summary>Inherited future flags (CodeFlags.Future* bits, as compile()'s flags argument carries them).</summary>
    public int Flags { get; init; }

    /// <summary>compile()'s dont_inherit (kept for callers; inheriting is the caller's job).</summary>
    public bool DontInherit { get; init; }

    /// <summary>The source text, when known: used to give SyntaxErrors their text and character offsets.</summary>
    public string? Source { get; init; }

    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT (asyncio REPL).</summary>
    public bool AllowTopLevelAwait { get; init; }

    /// <summary>
    /// Receives the compiler's SyntaxWarnings (CPython's compiler_warn: "\"is\" with a literal...", "assertion is
    /// always true...", "... perhaps you missed a comma?"). The runtime issues them through the warnings module
    /// (category SyntaxWarning, the given filename and line). Return true when the warnings filter turned the
    /// warning into an error: the compiler then raises a SyntaxError with the same message at that location.
    /// Null: warnings are dropped.
    /// </summary>
    public Func<CompilerWarning, bool>? Warn { get; init; }
}

/// <summary>A SyntaxWarning found while compiling.</summary>
public sealed record CompilerWarning(string Message, string Filename, int Lineno, int ColOffset);

/// <summary>
/// Raised when nesting is too deep to compile. The runtime maps it to
/// <c>RecursionError: maximum recursion depth exceeded during compilation</c>.
/// </summary>
public sealed class CompilerRecursionException : Exception
{
    public CompilerRecursionException() : base("maximum recursion depth exceeded during compilation") { }
    public string PythonType => "RecursionError";
}
