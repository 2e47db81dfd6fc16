namespace Sharpy.Compiler.Symbols;

/// <summary>
/// Resolves every name to a scope. CPython 3.11: Python/symtable.c analyze_block, analyze_name,
/// analyze_cells, drop_class_free, update_symbols.
/// </summary>
internal sealed class SymbolAnalyzer(ErrorFactory errors)
{
    public void Analyze(SymbolTableEntry top)
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(top, null, free, global, 0);
    }

    private void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global, int depth)
    {
        if (depth > 1000 || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CompilerRecursionException();
        var local = new HashSet<string>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        foreach (var name in ste.SymbolOrder)
            AnalyzeName(ste, name, ste.Symbols[name], bound, local, free, global);

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tempBound = new HashSet<string>(newBound);
            var tempFree = new HashSet<string>(newFree);
            var tempGlobal = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tempBound, tempFree, tempGlobal, depth + 1);
            allFree.UnionWith(tempFree);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Type == BlockType.Function) AnalyzeCells(ste, newFree);
        else if (ste.Type == BlockType.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

        UpdateSymbols(ste, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
    }

    private void AnalyzeName(SymbolTableEntry ste, string name, SymbolFlags flags, HashSet<string>? bound,
        HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw AtDirective(ste, name, $"name '{name}' is nonlocal and global");
            ste.Scopes[name] = Scope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null) throw AtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name)) throw AtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            ste.Scopes[name] = Scope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            ste.Scopes[name] = Scope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound is not null && bound.Contains(name))
        {
            ste.Scopes[name] = Scope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            ste.Scopes[name] = Scope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        ste.Scopes[name] = Scope.GlobalImplicit;
    }

    private Exception AtDirective(SymbolTableEntry ste, string name, string message)
    {
        if (ste.Directives.TryGetValue(name, out var node)) return errors.At(message, node);
        return errors.At(message, ste.Lineno, ste.ColOffset, ste.Lineno, ste.ColOffset);
    }

    private static void AnalyzeCells(SymbolTableEntry ste, HashSet<string> free)
    {
        foreach (var (name, scope) in ste.Scopes.ToArray())
        {
            if (scope != Scope.Local || !free.Contains(name)) continue;
            ste.Scopes[name] = Scope.Cell;
            free.Remove(name);
        }
    }

    private static void UpdateSymbols(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, bool classFlag)
    {
        foreach (var name in free)
        {
            if (ste.Symbols.TryGetValue(name, out var flags))
            {
                // A free variable in a method with the same name as a local or global of the class.
                if (classFlag && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Symbols[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.Set(name, SymbolFlags.None);
            ste.Scopes[name] = Scope.Free;
        }
    }
}
