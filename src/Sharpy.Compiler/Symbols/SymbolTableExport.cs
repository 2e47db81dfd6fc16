using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Symbols;

/// <summary>
/// One scope of a module's symbol table as the <c>_symtable</c> module shows it (CPython's
/// PySTEntryObject fields): block kind, name, line, each symbol's DEF_* flags with the resolved scope
/// in the bits from <see cref="ScopeOffset"/>, parameter names and nested scopes.
/// </summary>
public sealed class ScopeInfo
{
    /// <summary>Where a symbol's resolved scope (LOCAL=1 ... CELL=5) starts in its flags word.</summary>
    public const int ScopeOffset = 11;

    /// <summary>0 function, 1 class, 2 module, 3 annotation scope (CPython's _Py_block_ty order).</summary>
    public required int BlockType { get; init; }
    public required string Name { get; init; }
    public required int Lineno { get; init; }
    public required bool IsNested { get; init; }
    /// <summary>(name, flags | scope &lt;&lt; ScopeOffset) in the order the names were first seen.</summary>
    public required IReadOnlyList<(string Name, int Flags)> Symbols { get; init; }
    public required IReadOnlyList<string> VarNames { get; init; }
    public required IReadOnlyList<ScopeInfo> Children { get; init; }
}

/// <summary>Builds the public <see cref="ScopeInfo"/> tree the compiler would use for a parsed module.</summary>
public static class SymbolTableExport
{
    /// <param name="source">The source text, for the lines shown in SyntaxErrors the analysis raises.</param>
    public static ScopeInfo Build(ModNode module, string filename, string? source)
    {
        var errors = new ErrorFactory(filename, source);
        int futureFlags = 0;
        FutureFeatures.Parse(module, errors, ref futureFlags);
        try
        {
            return Export(SymbolTable.Build(module, errors, futureFlags).Top);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new CompilerRecursionException();
        }
    }

    private static ScopeInfo Export(SymbolTableEntry entry) => new()
    {
        BlockType = entry.Type switch
        {
            Symbols.BlockType.Function => 0,
            Symbols.BlockType.Class => 1,
            Symbols.BlockType.Module => 2,
            _ => 3,
        },
        Name = entry.Name,
        Lineno = entry.Lineno,
        IsNested = entry.IsNested,
        Symbols = entry.SymbolOrder
            .Select(name => (name, (int)entry.Lookup(name) | ((int)entry.ScopeOf(name) << ScopeInfo.ScopeOffset)))
            .ToList(),
        VarNames = entry.VarNames.ToList(),
        Children = entry.Children.Select(Export).ToList(),
    };
}
