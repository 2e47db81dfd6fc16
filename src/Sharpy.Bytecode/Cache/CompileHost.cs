using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// What the compile tools (py_compile, compileall) need from the rest of Sharpy, which this project
/// cannot reference: the compiler, the formatting of its errors, and a few interpreter settings.
/// </summary>
public sealed class CompileHost
{
    /// <summary>Compiles source bytes; arguments: source, display path (co_filename), optimization level (0, 1, 2).
    /// Any exception means a compile error (formatted by <see cref="FormatCompileError"/>).</summary>
    public required Func<byte[], string, int, CodeObject> Compile { get; init; }

    /// <summary>py_compile.PyCompileError.msg for an exception thrown by <see cref="Compile"/>: for a
    /// SyntaxError the output of traceback.format_exception_only (ending in a newline), otherwise
    /// "Sorry: TypeName: message".</summary>
    public required Func<Exception, string> FormatCompileError { get; init; }

    /// <summary>sys.flags.optimize (used for optimize = -1).</summary>
    public int InterpreterOptimize { get; init; }

    /// <summary>sys.pycache_prefix.</summary>
    public string? PycachePrefix { get; init; }

    /// <summary>The SOURCE_DATE_EPOCH environment variable (non-empty → checked-hash by default).</summary>
    public string? SourceDateEpoch { get; init; }

    /// <summary>sys.path, for compileall without arguments.</summary>
    public IReadOnlyList<string> SysPath { get; init; } = [];

    /// <summary>Standard input (py_compile -, compileall -i -).</summary>
    public TextReader Stdin { get; init; } = TextReader.Null;

    public Func<string>? CurrentDirectory { get; init; }

    /// <summary>
    /// The sharpy executable, for compileall's worker processes (<see cref="CompileAllWorkers"/>); null
    /// (an embedding host, the test runner) means -j compiles on threads in this process.
    /// </summary>
    public string? WorkerExecutable { get; init; }

    public Func<DateTime> UtcNow { get; init; } = () => DateTime.UtcNow;
}
