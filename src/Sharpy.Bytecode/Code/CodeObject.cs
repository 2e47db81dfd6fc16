namespace Sharpy.Bytecode.Code;

/// <summary>
/// An immutable compiled code object: what the compiler produces, the cache stores and the
/// interpreter runs. Fields mirror CPython 3.11's <c>PyCodeObject</c> (co_*), with the variable
/// layout of CPython 3.10 (separate <see cref="VarNames"/>, <see cref="CellVars"/>,
/// <see cref="FreeVars"/>): a frame's fast slots are VarNames, then CellVars, then FreeVars.
/// A cell variable that is also a parameter appears in both VarNames and CellVars; on frame entry the
/// interpreter moves the argument into the fresh cell (CPython 3.10's cell2arg).
/// </summary>
public sealed class CodeObject
{
    /// <summary>
    /// The runtime's decoded view of this code object, owned by whoever executes it (Sharpy.Runtime's
    /// CodeInfo). A plain field: a ConditionalWeakTable lookup was ~12% of a warm import.
    /// </summary>
    public object? RuntimeView;

    public required int ArgCount { get; init; }
    public required int PosOnlyArgCount { get; init; }
    public required int KwOnlyArgCount { get; init; }
    public required int StackSize { get; init; }
    public required CodeFlags Flags { get; init; }
    public required int FirstLineNo { get; init; }

    /// <summary>Instructions in Sharpy's wordcode (see docs/bytecode.md and <c>Opcodes/</c>).</summary>
    public required byte[] Code { get; init; }

    /// <summary>Constants in the closed model of <see cref="Constants"/>.</summary>
    public required object?[] Consts { get; init; }
    public required string[] Names { get; init; }
    public required string[] VarNames { get; init; }
    public required string[] CellVars { get; init; }
    public required string[] FreeVars { get; init; }

    public required string Filename { get; init; }
    public required string Name { get; init; }
    public required string QualName { get; init; }

    /// <summary>Instruction → source positions (format in docs/bytecode.md).</summary>
    public required byte[] LineTable { get; init; }

    /// <summary>Zero-cost exception handler ranges (format in docs/bytecode.md).</summary>
    public required byte[] ExceptionTable { get; init; }

    public override string ToString() => $"<code object {Name}, file \"{Filename}\", line {FirstLineNo}>";
}
