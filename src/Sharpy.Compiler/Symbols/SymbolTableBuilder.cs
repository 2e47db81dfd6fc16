using System.Runtime.CompilerServices;
using Sharpy.Bytecode.Code;
using Sharpy.Syntax.Ast;

namespace Sharpy.Compiler.Symbols;

/// <summary>
/// Walks the AST recording definitions and uses per scope. CPython 3.11: Python/symtable.c
/// symtable_visit_stmt / symtable_visit_expr and friends.
/// </summary>
internal sealed partial class SymbolTableBuilder(ErrorFactory errors, int futureFlags)
{
    // CPython 3.11: COMPILER_STACK_FRAME_SCALE (3) * the default recursion limit (1000).
    private const int MaxDepth = 3000;
    private readonly Stack<SymbolTableEntry> stack = new();
    private SymbolTableEntry current = null!;
    private SymbolTableEntry global = null!;
    private SymbolTable table = null!;
    private string? privateName;
    private int depth;

    private bool FutureAnnotations => (futureFlags & (int)CodeFlags.FutureAnnotations) != 0;

    public SymbolTable Build(ModNode module)
    {
        var top = new SymbolTableEntry("top", BlockType.Module, module, 0, 0);
        table = new SymbolTable(top);
        table.Register(module, top);
        current = global = top;
        switch (module)
        {
            case Module m: VisitStatements(m.Body); break;
            case Interactive i: VisitStatements(i.Body); break;
            case Expression e: VisitExpr(e.Body); break;
            case FunctionType: break;
        }
        return table;
    }

    private void Enter(string name, BlockType type, Node node, int lineno, int col)
    {
        var entry = new SymbolTableEntry(name, type, node, lineno, col);
        if (current.IsNested || current.Type == BlockType.Function) entry.IsNested = true;
        // CPython's symtable_enter_block copies the count: a lambda or comprehension written inside a
        // comprehension's iterable still may not contain a walrus.
        entry.CompIterExpr = current.CompIterExpr;
        current.Children.Add(entry);
        table.Register(node, entry);
        stack.Push(current);
        current = entry;
    }

    private void Exit() => current = stack.Pop();

    private void Deeper()
    {
        if (++depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new CompilerRecursionException();
    }

    // CPython 3.11: symtable_add_def_helper
    private void AddDef(string name, SymbolFlags flag, Node location) => AddDefTo(current, name, flag, location);

    private void AddDefTo(SymbolTableEntry ste, string name, SymbolFlags flag, Node location)
    {
        string mangled = SymbolTable.Mangle(privateName, name);
        SymbolFlags value;
        if (ste.Symbols.TryGetValue(mangled, out var existing))
        {
            if ((flag & SymbolFlags.DefParam) != 0 && (existing & SymbolFlags.DefParam) != 0)
                throw errors.At($"duplicate argument '{name}' in function definition", location);
            value = existing | flag;
        }
        else value = flag;

        if (ste.CompIterTarget)
        {
            if ((value & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw errors.At($"comprehension inner loop cannot rebind assignment expression target '{name}'", location);
            value |= SymbolFlags.DefCompIter;
        }
        ste.Set(mangled, value);

        if ((flag & SymbolFlags.DefParam) != 0) ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            var globalValue = flag;
            if (global.Symbols.TryGetValue(mangled, out var g)) globalValue |= g;
            global.Set(mangled, globalValue);
        }
    }

    private SymbolFlags Lookup(string name) => current.Lookup(SymbolTable.Mangle(privateName, name));

    private void VisitStatements(List<StmtNode> body)
    {
        foreach (var statement in body) VisitStmt(statement);
    }

    private void VisitExprs(IEnumerable<ExprNode?> expressions)
    {
        foreach (var expression in expressions)
            if (expression is not null) VisitExpr(expression);
    }

    private void VisitStmt(StmtNode s)
    {
        Deeper();
        try { VisitStmtCore(s); }
        finally { depth--; }
    }

    private void VisitStmtCore(StmtNode s)
    {
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                Enter(c.Name, BlockType.Class, c, c.Lineno, c.ColOffset);
                var saved = privateName;
                privateName = c.Name;
                VisitStatements(c.Body);
                privateName = saved;
                Exit();
                break;
            }
            case Return r:
                if (r.Value is not null) { VisitExpr(r.Value); current.ReturnsValue = true; }
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a: VisitExprs(a.Targets); VisitExpr(a.Value); break;
            case AnnAssign a: VisitAnnAssign(a); break;
            case AugAssign a: VisitExpr(a.Target); VisitExpr(a.Value); break;
            case For f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStatements(f.Body); VisitStatements(f.Orelse); break;
            case AsyncFor f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStatements(f.Body); VisitStatements(f.Orelse); break;
            case While w: VisitExpr(w.Test); VisitStatements(w.Body); VisitStatements(w.Orelse); break;
            case If i: VisitExpr(i.Test); VisitStatements(i.Body); VisitStatements(i.Orelse); break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStatements(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) { VisitExpr(r.Exc); if (r.Cause is not null) VisitExpr(r.Cause); }
                break;
            case Try t: VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case TryStar t: VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case Assert a: VisitExpr(a.Test); if (a.Msg is not null) VisitExpr(a.Msg); break;
            case Import i: foreach (var alias in i.Names) VisitAlias(alias); break;
            case ImportFrom i: foreach (var alias in i.Names) VisitAlias(alias); break;
            case Global g: VisitDirective(g, g.Names, isGlobal: true); break;
            case Nonlocal n: VisitDirective(n, n.Names, isGlobal: false); break;
            case Expr e: VisitExpr(e.Value); break;
            case Pass or Break or Continue: break;
            case With w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitStatements(w.Body);
                break;
            case AsyncWith w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitStatements(w.Body);
                break;
        }
    }

    private void VisitFunction(StmtNode node, string name, Arguments args, List<StmtNode> body,
        List<ExprNode> decorators, ExprNode? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, node);
        VisitExprs(args.Defaults);
        VisitExprs(args.KwDefaults);
        VisitAnnotations(node, args, returns);
        VisitExprs(decorators);
        Enter(name, BlockType.Function, node, node.Lineno, node.ColOffset);
        if (isAsync) { current.IsCoroutine = true; current.IsAsyncFunction = true; }
        VisitArguments(args);
        VisitStatements(body);
        Exit();
    }

    private void VisitTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody)
    {
        VisitStatements(body);
        VisitStatements(orelse);
        foreach (ExceptHandler h in handlers.Cast<ExceptHandler>())
        {
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h);
            VisitStatements(h.Body);
        }
        VisitStatements(finalbody);
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Target is Name target)
        {
            var cur = Lookup(target.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && current != global && a.Simple != 0)
            {
                string word = (cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                throw errors.At($"annotated name '{target.Id}' can't be {word}", a);
            }
            if (a.Simple != 0) AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, target);
            else if (a.Value is not null) AddDef(target.Id, SymbolFlags.DefLocal, target);
        }
        else VisitExpr(a.Target);
        VisitAnnotation(a.Annotation);
        if (a.Value is not null) VisitExpr(a.Value);
    }

    private void VisitAnnotation(ExprNode annotation)
    {
        if (FutureAnnotations)
        {
            Enter("_annotation", BlockType.Annotation, annotation, annotation.Lineno, annotation.ColOffset);
            VisitExpr(annotation);
            Exit();
        }
        else VisitExpr(annotation);
    }

    private void VisitAnnotations(Node owner, Arguments args, ExprNode? returns)
    {
        if (FutureAnnotations) Enter("_annotation", BlockType.Annotation, args, owner.Lineno, owner.ColOffset);
        foreach (var a in args.Posonlyargs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (args.Vararg?.Annotation is not null) VisitExpr(args.Vararg.Annotation);
        if (args.Kwarg?.Annotation is not null) VisitExpr(args.Kwarg.Annotation);
        foreach (var a in args.Kwonlyargs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (FutureAnnotations) Exit();
        if (returns is not null) VisitAnnotation(returns);
    }

    private void VisitArguments(Arguments args)
    {
        foreach (var a in args.Posonlyargs) AddDef(a.ArgName, SymbolFlags.DefParam, a);
        foreach (var a in args.Args) AddDef(a.ArgName, SymbolFlags.DefParam, a);
        foreach (var a in args.Kwonlyargs) AddDef(a.ArgName, SymbolFlags.DefParam, a);
        if (args.Vararg is not null) { AddDef(args.Vararg.ArgName, SymbolFlags.DefParam, args.Vararg); current.HasVarArgs = true; }
        if (args.Kwarg is not null) { AddDef(args.Kwarg.ArgName, SymbolFlags.DefParam, args.Kwarg); current.HasVarKeywords = true; }
    }

    private void VisitAlias(Alias alias)
    {
        string storeName = alias.Asname ?? alias.Name;
        int dot = storeName.IndexOf('.');
        if (alias.Asname is null && dot >= 0) storeName = storeName[..dot];
        if (alias.Name == "*")
        {
            if (current.Type != BlockType.Module)
                throw errors.At("import * only allowed at module level", alias);
            return;
        }
        AddDef(storeName, SymbolFlags.DefImport, alias);
    }

    private void VisitDirective(StmtNode s, List<string> names, bool isGlobal)
    {
        string word = isGlobal ? "global" : "nonlocal";
        foreach (var name in names)
        {
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                string message =
                    (cur & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and {word}" :
                    (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {word} declaration" :
                    (cur & SymbolFlags.DefAnnot) != 0 ? $"annotated name '{name}' can't be {word}" :
                    $"name '{name}' is assigned to before {word} declaration";
                throw errors.At(message, s);
            }
            AddDef(name, isGlobal ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, s);
            string mangled = SymbolTable.Mangle(privateName, name);
            current.Directives.TryAdd(mangled, s);
        }
    }
}
