using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Symbols;

/// <summary>One scope (CPython's PySTEntryObject).</summary>
internal sealed class SymbolTableEntry
{
    public SymbolTableEntry(string name, BlockType type, Node? node, int lineno, int colOffset)
    {
        Name = name; Type = type; Node = node; Lineno = lineno; ColOffset = colOffset;
    }

    public string Name { get; }
    public BlockType Type { get; }
    public Node? Node { get; }
    public int Lineno { get; }
    public int ColOffset { get; }

    /// <summary>Name → DEF_* flags, in insertion order (Python dict order matters for symtable output).</summary>
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();
    public List<string> SymbolOrder { get; } = new();
    public Dictionary<string, Scope> Scopes { get; } = new();
    /// <summary>Parameters, in order.</summary>
    public List<string> VarNames { get; } = new();
    public List<SymbolTableEntry> Children { get; } = new();
    /// <summary>Name → position of the global/nonlocal statement that declared it (for errors).</summary>
    public Dictionary<string, Node> Directives { get; } = new();

    public bool IsNested { get; set; }
    public bool IsGenerator { get; set; }
    public bool IsCoroutine { get; set; }
    public ComprehensionKind Comprehension { get; set; }
    public bool HasVarArgs { get; set; }
    public bool HasVarKeywords { get; set; }
    public bool ReturnsValue { get; set; }
    public bool NeedsClassClosure { get; set; }
    public bool HasFree { get; set; }
    public bool ChildFree { get; set; }
    public bool CompIterTarget { get; set; }
    /// <summary>Nesting depth of comprehension iterable expressions being visited in this scope, where a walrus is an error.</summary>
    public int CompIterExpr { get; set; }
    public bool IsAsyncFunction { get; set; }

    public SymbolFlags Lookup(string name) => Symbols.TryGetValue(name, out var flags) ? flags : SymbolFlags.None;

    public Scope ScopeOf(string name) => Scopes.TryGetValue(name, out var scope) ? scope : Scope.Unknown;

    public void Set(string name, SymbolFlags flags)
    {
        if (!Symbols.ContainsKey(name)) SymbolOrder.Add(name);
        Symbols[name] = flags;
    }

    public override string ToString() => $"<symtable entry {Name}({Type}), line {Lineno}>";
}
