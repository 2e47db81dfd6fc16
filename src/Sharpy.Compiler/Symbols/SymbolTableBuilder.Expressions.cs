using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Symbols;

internal sealed partial class SymbolTableBuilder
{
    private void VisitExpr(ExprNode e)
    {
        Deeper();
        try { VisitExprCore(e); }
        finally { depth--; }
    }

    private void VisitExprCore(ExprNode e)
    {
        switch (e)
        {
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", e);
                if (current.CompIterExpr > 0)
                    throw errors.At("assignment expression cannot be used in a comprehension iterable expression", e);
                if (current.Comprehension != ComprehensionKind.None) ExtendNamedExprScope((Name)n.Target);
                VisitExpr(n.Value);
                VisitExpr(n.Target);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                VisitExprs(l.Args.KwDefaults);
                Enter("lambda", BlockType.Function, l, l.Lineno, l.ColOffset);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                Exit();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d: VisitExprs(d.Keys); VisitExprs(d.Values); break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: VisitComprehension(g, "genexpr", g.Generators, g.Elt, null, ComprehensionKind.Generator); break;
            case ListComp l: VisitComprehension(l, "listcomp", l.Generators, l.Elt, null, ComprehensionKind.List); break;
            case SetComp s: VisitComprehension(s, "setcomp", s.Generators, s.Elt, null, ComprehensionKind.Set); break;
            case DictComp d: VisitComprehension(d, "dictcomp", d.Generators, d.Key, d.Value, ComprehensionKind.Dict); break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", e);
                if (y.Value is not null) VisitExpr(y.Value);
                current.IsGenerator = true;
                RaiseIfComprehension(e);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", e);
                VisitExpr(y.Value);
                current.IsGenerator = true;
                RaiseIfComprehension(e);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", e);
                VisitExpr(a.Value);
                current.IsCoroutine = true;
                break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f: VisitExpr(f.Value); if (f.FormatSpec is not null) VisitExpr(f.FormatSpec); break;
            case JoinedStr j: VisitExprs(j.Values); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // Zero-argument super() needs the __class__ cell.
                if (n.Ctx == ExprContext.Load && current.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
        }
    }

    private void RaiseIfAnnotationBlock(string what, ExprNode e)
    {
        if (current.Type == BlockType.Annotation)
            throw errors.At($"'{what}' can not be used within an annotation", e);
    }

    private void RaiseIfComprehension(ExprNode e)
    {
        string? kind = current.Comprehension switch
        {
            ComprehensionKind.List => "list comprehension",
            ComprehensionKind.Set => "set comprehension",
            ComprehensionKind.Dict => "dict comprehension",
            ComprehensionKind.Generator => "generator expression",
            _ => null,
        };
        if (kind is not null) throw errors.At($"'yield' inside {kind}", e);
    }

    // CPython 3.11: symtable_handle_comprehension
    private void VisitComprehension(ExprNode e, string scopeName, List<Comprehension> generators, ExprNode elt,
        ExprNode? value, ComprehensionKind kind)
    {
        bool isGenerator = kind == ComprehensionKind.Generator;
        var outermost = generators[0];
        // The outermost iterator is evaluated in the enclosing scope.
        VisitCompIter(outermost.Iter);
        Enter(scopeName, BlockType.Function, e, e.Lineno, e.ColOffset);
        if (outermost.IsAsync != 0) current.IsCoroutine = true;
        current.Comprehension = kind;
        AddDef(".0", SymbolFlags.DefParam, e);
        current.CompIterTarget = true;
        VisitExpr(outermost.Target);
        current.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            current.CompIterTarget = true;
            VisitExpr(g.Target);
            current.CompIterTarget = false;
            VisitCompIter(g.Iter);
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) current.IsCoroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        current.IsGenerator = isGenerator;
        bool isAsync = current.IsCoroutine && !isGenerator;
        Exit();
        if (isAsync && !current.IsAsyncFunction && current.Comprehension == ComprehensionKind.None && !allowTopLevelAwait)
            throw errors.At("asynchronous comprehension outside of an asynchronous function", e);
        if (isAsync) current.IsCoroutine = true;
    }

    // CPython 3.11: ste_comp_iter_expr (a walrus in a comprehension's iterable is rejected).
    private void VisitCompIter(ExprNode iter)
    {
        current.CompIterExpr++;
        try { VisitExpr(iter); }
        finally { current.CompIterExpr--; }
    }

    private bool allowTopLevelAwait;

    public bool AllowTopLevelAwait { set => allowTopLevelAwait = value; }

    // CPython 3.11: symtable_extend_namedexpr_scope
    private void ExtendNamedExprScope(Name target)
    {
        string name = target.Id;
        if (current.CompIterTarget || (current.Lookup(name) & SymbolFlags.DefCompIter) != 0)
            throw errors.At($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
        var scopes = stack.ToArray(); // innermost first
        foreach (var ste in scopes)
        {
            if (ste.Comprehension != ComprehensionKind.None)
            {
                if ((ste.Lookup(name) & SymbolFlags.DefCompIter) != 0)
                    throw errors.At($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                var flags = ste.Lookup(name);
                if ((flags & SymbolFlags.DefGlobal) != 0) AddDef(name, SymbolFlags.DefGlobal, target);
                else AddDef(name, SymbolFlags.DefNonlocal, target);
                current.Directives.TryAdd(name, target);
                AddDefTo(ste, name, SymbolFlags.DefLocal, target);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                current.Directives.TryAdd(name, target);
                AddDefTo(ste, name, SymbolFlags.DefGlobal, target);
                return;
            }
            if (ste.Type == BlockType.Class)
                throw errors.At("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    private void VisitPattern(PatternNode p)
    {
        Deeper();
        try
        {
            switch (p)
            {
                case MatchValue v: VisitExpr(v.Value); break;
                case MatchSingleton: break;
                case MatchSequence s: foreach (var x in s.Patterns) VisitPattern(x); break;
                case MatchStar s: if (s.Name is not null) AddDef(s.Name, SymbolFlags.DefLocal, s); break;
                case MatchMapping m:
                    VisitExprs(m.Keys);
                    foreach (var x in m.Patterns) VisitPattern(x);
                    if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                    break;
                case MatchClass c:
                    VisitExpr(c.Cls);
                    foreach (var x in c.Patterns) VisitPattern(x);
                    foreach (var x in c.KwdPatterns) VisitPattern(x);
                    break;
                case MatchAs a:
                    if (a.Pattern is not null) VisitPattern(a.Pattern);
                    if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                    break;
                case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
            }
        }
        finally { depth--; }
    }
}
