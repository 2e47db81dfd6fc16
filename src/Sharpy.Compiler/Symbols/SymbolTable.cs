using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Symbols;

/// <summary>
/// The symbol table of one module: every scope, found by the node that opened it.
/// CPython 3.11: Python/symtable.c.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<Node, SymbolTableEntry> byNode = new(ReferenceEqualityComparer.Instance);

    public SymbolTable(SymbolTableEntry top) { Top = top; }

    public SymbolTableEntry Top { get; }

    public void Register(Node node, SymbolTableEntry entry) => byNode[node] = entry;

    public SymbolTableEntry Lookup(Node node) =>
        byNode.TryGetValue(node, out var entry) ? entry : throw new InvalidOperationException("no symbol table entry for " + node.PythonName);

    public bool TryLookup(Node node, out SymbolTableEntry entry) => byNode.TryGetValue(node, out entry!);

    /// <summary>Builds and analyses the table of a module (CPython's _PySymtable_Build).</summary>
    public static SymbolTable Build(ModNode module, ErrorFactory errors, int futureFlags, bool allowTopLevelAwait = false)
    {
        var builder = new SymbolTableBuilder(errors, futureFlags) { AllowTopLevelAwait = allowTopLevelAwait };
        var table = builder.Build(module);
        new SymbolAnalyzer(errors).Analyze(table.Top);
        return table;
    }

    /// <summary>CPython 3.11: Python/compile.c _Py_Mangle (private name mangling).</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        string stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }
}
