using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Assignment, deletion and loop targets: parsed as expressions, then checked and given their context.</summary>
internal sealed partial class Parser
{
    private enum TargetsType { Star, Del, For }

    /// <summary>
    /// <c>star_targets</c> for 'for' loops and comprehensions: items are parsed at bitwise_or level so that
    /// the following 'in' is not taken as a comparison.
    /// </summary>
    private ExprNode ParseStarTargets(ExprContext ctx, bool forTarget)
    {
        Token start = Cur;
        ExprNode first = ParseTargetItem();
        ExprNode result = first;
        if (Is(TokenKind.Comma))
        {
            var elts = new List<ExprNode> { first };
            while (Accept(TokenKind.Comma))
            {
                if (!StartsExpression()) break;
                elts.Add(ParseTargetItem());
            }
            result = Finish(new Tuple { Elts = elts, Ctx = ctx }, start);
        }
        if (forTarget && !IsKeyword("in"))
        {
            // CPython 3.11: invalid_for_target reports the invalid target of 'for x() in y'.
            if (!Is(TokenKind.ErrorToken))
            {
                int save = _pos, savedMax = _maxPos;
                _pos = IndexOf(start);
                ExprNode full;
                try { full = ParseStarExpressions(); }
                catch (Diagnostics.SyntaxErrorException) { _pos = save; _maxPos = savedMax; throw Fail(); }
                ExprNode? bad = InvalidTarget(full, TargetsType.For);
                if (bad != null) throw ErrorAtNode($"cannot assign to {ExprName(bad)}", bad);
                _pos = save;
                _maxPos = savedMax;
            }
            throw Fail();
        }
        SetContext(result, ctx, forTarget ? TargetsType.For : TargetsType.Star);
        return result;
    }

    private int IndexOf(in Token t)
    {
        for (int i = _pos; i >= 0; i--)
            if (_tokens[i].Start == t.Start && _tokens[i].Kind == t.Kind) return i;
        return _pos;
    }

    private ExprNode ParseTargetItem()
    {
        if (Is(TokenKind.Star))
        {
            // star_target: '*' (!'*' star_target): no recursion, so "* * * ... x" cannot exhaust the stack.
            Token s = Advance();
            if (Is(TokenKind.Star)) throw Fail();
            ExprNode v = ParseBitwiseOr();
            return Finish(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        return ParseBitwiseOr();
    }

    /// <summary>Gives a parsed target its Store/Del context, raising CPython's error for an invalid one.</summary>
    private void SetContext(ExprNode e, ExprContext ctx, TargetsType type)
    {
        ExprNode? bad = InvalidTarget(e, type);
        if (bad != null)
        {
            string verb = type == TargetsType.Del ? "delete" : "assign to";
            throw ErrorAtNode($"cannot {verb} {ExprName(bad)}", bad);
        }
        ApplyContext(e, ctx);
    }

    private static void ApplyContext(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred st: st.Ctx = ctx; ApplyContext(st.Value, ctx); break;
            case Tuple t: t.Ctx = ctx; foreach (var x in t.Elts) ApplyContext(x, ctx); break;
            case List l: l.Ctx = ctx; foreach (var x in l.Elts) ApplyContext(x, ctx); break;
        }
    }

    /// <summary>CPython 3.11: Parser/pegen.c _PyPegen_get_invalid_target.</summary>
    private static ExprNode? InvalidTarget(ExprNode e, TargetsType type)
    {
        switch (e)
        {
            case List l:
                foreach (var x in l.Elts) { var c = InvalidTarget(x, type); if (c != null) return c; }
                return null;
            case Tuple t:
                foreach (var x in t.Elts) { var c = InvalidTarget(x, type); if (c != null) return c; }
                return null;
            case Starred s:
                if (type == TargetsType.Del) return e;
                return InvalidTarget(s.Value, type);
            case Compare c:
                if (type == TargetsType.For)
                {
                    if (c.Ops[0] == CompareOperator.In) return InvalidTarget(c.Left, type);
                    return null;
                }
                return e;
            case Name: case Subscript: case Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>CPython 3.11: Parser/pegen.c _PyPegen_get_expr_name.</summary>
    internal static string ExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
