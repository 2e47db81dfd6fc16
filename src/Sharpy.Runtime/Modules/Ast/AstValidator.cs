using System.Runtime.CompilerServices;
using Sharpy.Runtime.Objects;
using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using BinOp = Sharpy.Syntax.Ast.BinOp;
using Tuple = Sharpy.Syntax.Ast.Tuple;

namespace Sharpy.Runtime.Modules.Ast;

/// <summary>
/// The checks compile() makes on a tree built by a program (the parser never produces such trees).
/// CPython 3.11: Python/ast.c (_PyAST_Validate and its validate_* helpers), same order and messages.
/// </summary>
internal static class AstValidator
{
    public static void Validate(ModNode mod)
    {
        switch (mod)
        {
            case Module m: Stmts(m.Body); break;
            case Interactive i: Stmts(i.Body); break;
            case Expression e: Expr(e.Body, ExprContext.Load); break;
            case FunctionType f: Exprs(f.Argtypes, ExprContext.Load, nullOk: false); Expr(f.Returns, ExprContext.Load); break;
        }
    }

    private static PythonException ValueError(string message) => new(PyExc.ValueError(message));

    private static void Guard()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new PythonException(PyExc.RecursionError("maximum recursion depth exceeded during compilation"));
    }

    private static void Stmts(List<StmtNode> body)
    {
        foreach (var s in body)
        {
            if (s is null) throw ValueError("None disallowed in statement list");
            Stmt(s);
        }
    }

    private static void Body(List<StmtNode> body, string owner)
    {
        if (body.Count == 0) throw ValueError($"empty body on {owner}");
        Stmts(body);
    }

    private static void NonEmpty<T>(List<T> seq, string what, string owner)
    {
        if (seq.Count == 0) throw ValueError($"empty {what} on {owner}");
    }

    private static void Exprs(List<ExprNode> exprs, ExprContext ctx, bool nullOk)
    {
        foreach (var e in exprs)
        {
            if (e is null)
            {
                if (!nullOk) throw ValueError("None disallowed in expression list");
                continue;
            }
            Expr(e, ctx);
        }
    }

    private static void Optional(ExprNode? e, ExprContext ctx)
    {
        if (e is not null) Expr(e, ctx);
    }

    private static void Stmt(StmtNode s)
    {
        Guard();
        const ExprContext Load = ExprContext.Load;
        switch (s)
        {
            case FunctionDef f:
                Body(f.Body, "FunctionDef"); Arguments(f.Args); Exprs(f.DecoratorList, Load, false); Optional(f.Returns, Load);
                break;
            case AsyncFunctionDef f:
                Body(f.Body, "AsyncFunctionDef"); Arguments(f.Args); Exprs(f.DecoratorList, Load, false); Optional(f.Returns, Load);
                break;
            case ClassDef c:
                Body(c.Body, "ClassDef"); Exprs(c.Bases, Load, false); Keywords(c.Keywords); Exprs(c.DecoratorList, Load, false);
                break;
            case Return r: Optional(r.Value, Load); break;
            case Delete d: NonEmpty(d.Targets, "targets", "Delete"); Exprs(d.Targets, ExprContext.Del, false); break;
            case Assign a: NonEmpty(a.Targets, "targets", "Assign"); Exprs(a.Targets, ExprContext.Store, false); Expr(a.Value, Load); break;
            case AugAssign a: Expr(a.Target, ExprContext.Store); Expr(a.Value, Load); break;
            case AnnAssign a:
                if (a.Simple != 0 && a.Target is not Syntax.Ast.Name)
                    throw new PythonException(PyExc.TypeError("AnnAssign with simple non-Name target"));
                Expr(a.Target, ExprContext.Store); Optional(a.Value, Load); Expr(a.Annotation, Load);
                break;
            case For f: Expr(f.Target, ExprContext.Store); Expr(f.Iter, Load); Body(f.Body, "For"); Stmts(f.Orelse); break;
            case AsyncFor f: Expr(f.Target, ExprContext.Store); Expr(f.Iter, Load); Body(f.Body, "AsyncFor"); Stmts(f.Orelse); break;
            case While w: Expr(w.Test, Load); Body(w.Body, "While"); Stmts(w.Orelse); break;
            case If i: Expr(i.Test, Load); Body(i.Body, "If"); Stmts(i.Orelse); break;
            case With w: NonEmpty(w.Items, "items", "With"); WithItems(w.Items); Body(w.Body, "With"); break;
            case AsyncWith w: NonEmpty(w.Items, "items", "AsyncWith"); WithItems(w.Items); Body(w.Body, "AsyncWith"); break;
            case Match m:
                Expr(m.Subject, Load);
                NonEmpty(m.Cases, "cases", "Match");
                foreach (var c in m.Cases)
                {
                    Pattern(c.Pattern, star: false);
                    Optional(c.Guard, Load);
                    Body(c.Body, "match_case");
                }
                break;
            case Raise r:
                if (r.Exc is not null) { Expr(r.Exc, Load); Optional(r.Cause, Load); }
                else if (r.Cause is not null) throw ValueError("Raise with cause but no exception");
                break;
            case Try t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try"); break;
            case TryStar t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar"); break;
            case Assert a: Expr(a.Test, Load); Optional(a.Msg, Load); break;
            case Import i: NonEmpty(i.Names, "names", "Import"); break;
            case ImportFrom i:
                if (i.Level < 0) throw ValueError("Negative ImportFrom level");
                NonEmpty(i.Names, "names", "ImportFrom");
                break;
            case Global g: NonEmpty(g.Names, "names", "Global"); break;
            case Nonlocal n: NonEmpty(n.Names, "names", "Nonlocal"); break;
            case Expr e: Expr(e.Value, Load); break;
        }
    }

    private static void Try(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, string owner)
    {
        Body(body, owner);
        if (handlers.Count == 0 && finalbody.Count == 0) throw ValueError($"{owner} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count != 0) throw ValueError($"{owner} has orelse but no except handlers");
        foreach (var h in handlers)
        {
            if (h is not ExceptHandler handler) continue;
            Optional(handler.Type, ExprContext.Load);
            Body(handler.Body, "ExceptHandler");
        }
        if (finalbody.Count != 0) Stmts(finalbody);
        if (orelse.Count != 0) Stmts(orelse);
    }

    private static void WithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            Expr(item.ContextExpr, ExprContext.Load);
            Optional(item.OptionalVars, ExprContext.Store);
        }
    }

    private static void Keywords(List<Keyword> keywords)
    {
        foreach (var k in keywords) Expr(k.Value, ExprContext.Load);
    }

    private static void Arguments(Arguments a)
    {
        ArgList(a.Posonlyargs);
        ArgList(a.Args);
        if (a.Vararg?.Annotation is { } va) Expr(va, ExprContext.Load);
        ArgList(a.Kwonlyargs);
        if (a.Kwarg?.Annotation is { } ka) Expr(ka, ExprContext.Load);
        if (a.Defaults.Count > a.Posonlyargs.Count + a.Args.Count)
            throw ValueError("more positional defaults than args on arguments");
        if (a.KwDefaults.Count != a.Kwonlyargs.Count)
            throw ValueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        Exprs(a.Defaults, ExprContext.Load, false);
        Exprs(a.KwDefaults, ExprContext.Load, true);
    }

    private static void ArgList(List<Arg> args)
    {
        foreach (var arg in args)
            if (arg.Annotation is { } annotation) Expr(annotation, ExprContext.Load);
    }

    private static void Comprehensions(List<Comprehension> generators)
    {
        if (generators.Count == 0) throw ValueError("comprehension with no generators");
        foreach (var c in generators)
        {
            Expr(c.Target, ExprContext.Store);
            Expr(c.Iter, ExprContext.Load);
            Exprs(c.Ifs, ExprContext.Load, false);
        }
    }

    private static void ValidName(string id)
    {
        if (id is "None" or "True" or "False") throw ValueError($"identifier field can't represent '{id}' constant");
    }

    private static void Expr(ExprNode e, ExprContext ctx)
    {
        Guard();
        const ExprContext Load = ExprContext.Load;
        ExprContext? actual = e switch
        {
            Attribute a => a.Ctx,
            Subscript s => s.Ctx,
            Starred s => s.Ctx,
            Name n => n.Ctx,
            List l => l.Ctx,
            Tuple t => t.Ctx,
            _ => null,
        };
        if (actual is { } has)
        {
            if (has != ctx) throw ValueError($"expression must have {ctx} context but has {has} instead");
        }
        else if (ctx != Load)
        {
            throw ValueError($"expression which can't be assigned to in {ctx} context");
        }
        switch (e)
        {
            case BoolOp b:
                if (b.Values.Count < 2) throw ValueError("BoolOp with less than 2 values");
                Exprs(b.Values, Load, false);
                break;
            case BinOp b: Expr(b.Left, Load); Expr(b.Right, Load); break;
            case UnaryOp u: Expr(u.Operand, Load); break;
            case Lambda l: Arguments(l.Args); Expr(l.Body, Load); break;
            case IfExp i: Expr(i.Test, Load); Expr(i.Body, Load); Expr(i.Orelse, Load); break;
            case Dict d:
                if (d.Keys.Count != d.Values.Count) throw ValueError("Dict doesn't have the same number of keys as values");
                Exprs(d.Keys!, Load, true);
                Exprs(d.Values, Load, false);
                break;
            case Set s: Exprs(s.Elts, Load, false); break;
            case ListComp c: Comprehensions(c.Generators); Expr(c.Elt, Load); break;
            case SetComp c: Comprehensions(c.Generators); Expr(c.Elt, Load); break;
            case GeneratorExp c: Comprehensions(c.Generators); Expr(c.Elt, Load); break;
            case DictComp c: Comprehensions(c.Generators); Expr(c.Key, Load); Expr(c.Value, Load); break;
            case Yield y: Optional(y.Value, Load); break;
            case YieldFrom y: Expr(y.Value, Load); break;
            case Await a: Expr(a.Value, Load); break;
            case Compare c:
                if (c.Comparators.Count == 0) throw ValueError("Compare with no comparators");
                if (c.Comparators.Count != c.Ops.Count) throw ValueError("Compare has a different number of comparators and operands");
                Exprs(c.Comparators, Load, false);
                Expr(c.Left, Load);
                break;
            case Call c: Expr(c.Func, Load); Exprs(c.Args, Load, false); Keywords(c.Keywords); break;
            case JoinedStr j: Exprs(j.Values, Load, false); break;
            case FormattedValue f: Expr(f.Value, Load); Optional(f.FormatSpec, Load); break;
            case Attribute a: Expr(a.Value, Load); break;
            case Subscript s: Expr(s.Slice, Load); Expr(s.Value, Load); break;
            case Starred s: Expr(s.Value, ctx); break;
            case Slice s: Optional(s.Lower, Load); Optional(s.Upper, Load); Optional(s.Step, Load); break;
            case List l: Exprs(l.Elts, ctx, false); break;
            case Tuple t: Exprs(t.Elts, ctx, false); break;
            case NamedExpr n:
                if (n.Target is not Syntax.Ast.Name) throw new PythonException(PyExc.TypeError("NamedExpr target must be a Name"));
                Expr(n.Value, Load);
                break;
            case Name n: ValidName(n.Id); break;
        }
    }

    // CPython 3.11: ast.c validate_pattern
    private static void Pattern(PatternNode p, bool star)
    {
        Guard();
        switch (p)
        {
            case MatchValue v:
                Expr(v.Value, ExprContext.Load);
                if (v.Value is not (Constant or Attribute or UnaryOp or BinOp))
                    throw ValueError("patterns may only match literals and attribute lookups");
                break;
            case MatchSingleton s:
                if (s.Value is not (null or bool)) throw ValueError("MatchSingleton can only contain True, False and None");
                break;
            case MatchSequence s:
                foreach (var item in s.Patterns) Pattern(item, star: true);
                break;
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count) throw ValueError("MatchMapping doesn't have the same number of keys as patterns");
                if (m.Rest is not null) Capture(m.Rest);
                foreach (var key in m.Keys)
                {
                    if (key is Constant { Value: null or bool }) continue;
                    Expr(key, ExprContext.Load);
                }
                foreach (var item in m.Patterns) Pattern(item, star: false);
                break;
            case MatchClass c:
                Expr(c.Cls, ExprContext.Load);
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                    throw ValueError("MatchClass doesn't have the same number of keyword attributes as patterns");
                foreach (var name in c.KwdAttrs) ValidName(name);
                foreach (var item in c.Patterns) Pattern(item, star: false);
                foreach (var item in c.KwdPatterns) Pattern(item, star: false);
                break;
            case MatchStar s:
                if (!star) throw ValueError("can't use MatchStar here");
                if (s.Name is not null) Capture(s.Name);
                break;
            case MatchAs a:
                if (a.Name is not null) Capture(a.Name);
                if (a.Pattern is not null)
                {
                    if (a.Name is null) throw ValueError("MatchAs must specify a target name if a pattern is given");
                    Pattern(a.Pattern, star: false);
                }
                break;
            case MatchOr o:
                if (o.Patterns.Count < 2) throw ValueError("MatchOr requires at least 2 patterns");
                foreach (var item in o.Patterns) Pattern(item, star: false);
                break;
        }
    }

    private static void Capture(string name)
    {
        if (name == "_") throw ValueError("can't capture name '_' in patterns");
        ValidName(name);
    }
}
