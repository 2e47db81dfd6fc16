using Sharpy.Bytecode.Code;
using Sharpy.Compiler.Flow;
using Sharpy.Compiler.Symbols;

namespace Sharpy.Compiler.CodeGen;

internal enum UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

internal enum FrameBlockKind
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

/// <summary>CPython's fblockinfo: what break/continue/return must unwind.</summary>
internal sealed record FrameBlock(FrameBlockKind Kind, BasicBlock? Block, BasicBlock? Exit, object? Datum);

/// <summary>The state of one code object being compiled (CPython's compiler_unit).</summary>
internal sealed class CodeUnit
{
    public CodeUnit(SymbolTableEntry ste, UnitKind kind, string name, string qualName, int firstLineNo, string? privateName)
    {
        Ste = ste; Kind = kind; Name = name; QualName = qualName; FirstLineNo = firstLineNo; PrivateName = privateName;
        foreach (var v in ste.VarNames) AddTo(VarNames, v);
        var cells = ste.Scopes.Where(p => p.Value == Scope.Cell).Select(p => p.Key).ToList();
        if (ste.NeedsClassClosure) cells.Add("__class__");
        cells.Sort(string.CompareOrdinal);
        // CPython 3.11 (compute_localsplus_info): a parameter that is also a cell keeps its parameter slot, so
        // co_cellvars lists those first, in parameter order, then the other cells sorted.
        foreach (var v in VarNames.Keys)
            if (cells.Contains(v)) AddTo(CellVars, v);
        foreach (var c in cells) AddTo(CellVars, c);
        // CPython's dictbytype(symbols, FREE, DEF_FREE_CLASS): free names, plus class-bound names a method closes over.
        var frees = ste.Scopes.Where(p => p.Value == Scope.Free).Select(p => p.Key).ToList();
        foreach (var (symbol, flags) in ste.Symbols)
            if ((flags & SymbolFlags.DefFreeClass) != 0 && !frees.Contains(symbol)) frees.Add(symbol);
        frees.Sort(string.CompareOrdinal);
        foreach (var f in frees) AddTo(FreeVars, f);
    }

    public SymbolTableEntry Ste { get; }
    public UnitKind Kind { get; }
    public string Name { get; }
    public string QualName { get; }
    public int FirstLineNo { get; }
    public string? PrivateName { get; }

    public readonly List<object?> Consts = new();
    public readonly Dictionary<object, int> ConstIndex = new(ConstantKey.Instance!);
    public int NoneIndex = -1;
    public readonly Dictionary<string, int> Names = new();
    public readonly Dictionary<string, int> VarNames = new();
    public readonly Dictionary<string, int> CellVars = new();
    public readonly Dictionary<string, int> FreeVars = new();

    public readonly List<BasicBlock> Blocks = new();
    public BasicBlock Current = null!;
    public int NextBlockId;
    public readonly List<FrameBlock> FrameBlocks = new();
    public SourceLocation Location;

    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;

    public static int AddTo(Dictionary<string, int> map, string name)
    {
        if (map.TryGetValue(name, out int index)) return index;
        index = map.Count;
        map[name] = index;
        return index;
    }

    public static string[] Ordered(Dictionary<string, int> map)
    {
        var result = new string[map.Count];
        foreach (var (name, index) in map) result[index] = name;
        return result;
    }
}
