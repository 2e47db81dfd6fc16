using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Expressions, from <c>star_expressions</c> down to <c>primary</c> (atoms live in Parser.Atoms.cs).</summary>
internal sealed partial class Parser
{
    /// <summary><c>star_expressions</c>: a tuple without parentheses when there is a comma.</summary>
    private ExprNode ParseStarExpressions()
    {
        Token start = Cur;
        ExprNode first = ParseStarExpression();
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression()) break;
            elts.Add(ParseStarExpression());
        }
        return Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>star_expression</c>: '*' bitwise_or | expression.</summary>
    private ExprNode ParseStarExpression()
    {
        if (Is(TokenKind.Star))
        {
            Token start = Advance();
            ExprNode value = ParseBitwiseOr();
            return Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return ParseExpression();
    }

    /// <summary><c>star_named_expression</c>: '*' bitwise_or | named_expression.</summary>
    private ExprNode ParseStarNamedExpression()
    {
        if (Is(TokenKind.Star))
        {
            Token start = Advance();
            ExprNode value = ParseBitwiseOr();
            return Finish(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        return ParseNamedExpression();
    }

    /// <summary><c>expressions</c> (eval input): expression (',' expression)* [','].</summary>
    private ExprNode ParseExpressions()
    {
        Token start = Cur;
        ExprNode first = ParseExpression();
        if (!Is(TokenKind.Comma)) return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression()) break;
            elts.Add(ParseExpression());
        }
        return Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>named_expression</c>: NAME ':=' expression | expression !':='.</summary>
    private ExprNode ParseNamedExpression(bool checkAssignment = true)
    {
        if (Kind == TokenKind.Name && !Keywords.IsHardKeyword(Cur.Text) && Peek().Kind == TokenKind.ColonEqual)
        {
            Token nameTok = Advance();
            Advance();
            var target = AtToken(new Name { Id = Identifiers.Normalize(nameTok.Text), Ctx = ExprContext.Store }, nameTok);
            ExprNode value = ParseExpression();
            return Finish(new NamedExpr { Target = target, Value = value }, nameTok);
        }
        ExprNode e = ParseExpression();
        if (Is(TokenKind.ColonEqual))
            throw ErrorAtNode($"cannot use assignment expressions with {ExprName(e)}", e);
        if (checkAssignment && Is(TokenKind.Equal)) CheckMistakenAssignment(e);
        return e;
    }

    /// <summary>
    /// '=' after an expression where a comparison was probably meant.
    /// CPython 3.11: invalid_named_expression.
    /// </summary>
    private void CheckMistakenAssignment(ExprNode e)
    {
        if (!IsBitwiseOrLevel(e)) return;
        int save = _pos, savedMax = _maxPos;
        Advance(); // '='
        ExprNode? value = null;
        // PEG's bitwise_or takes the longest valid prefix: "f() = x -" still has the value "x".
        try { value = ParseBitwiseOr(); }
        catch (Diagnostics.SyntaxErrorException)
        {
            _pos = save + 1;
            try { value = ParseAwaitPrimary(); }
            catch (Diagnostics.SyntaxErrorException) { value = null; }
        }
        bool followedByAssign = Is(TokenKind.Equal) || Is(TokenKind.ColonEqual);
        _pos = save;
        _maxPos = savedMax;
        if (value == null || followedByAssign) return;
        if (e is Name && !IsParenthesized(e))
            throw ErrorBetween("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, value);
        if (e is List or Tuple or GeneratorExp || IsTrueNoneFalse(e)) return;
        throw ErrorAtNode($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
    }

    /// <summary><c>expression</c>: conditional expressions and lambdas.</summary>
    private ExprNode ParseExpression()
    {
        Enter();
        try
        {
            if (IsKeyword("lambda")) return ParseLambda();
            Token start = Cur;
            int startIndex = _pos;
            ExprNode body = ParseDisjunction();
            if (!IsKeyword("if")) { NoteDisjunction(startIndex); return body; }
            Advance();
            ExprNode test = ParseDisjunction();
            if (!IsKeyword("else"))
            {
                if (Is(TokenKind.Colon)) throw Fail();
                throw ErrorBetween("expected 'else' after 'if' expression", body, test);
            }
            Advance();
            ExprNode orelse = ParseExpression();
            return Finish(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
        }
        finally { Leave(); }
    }

    private ExprNode ParseDisjunction()
    {
        Token start = Cur;
        ExprNode first = ParseConjunction();
        if (!IsKeyword("or")) return first;
        var values = new List<ExprNode> { first };
        while (AcceptKeyword("or")) values.Add(ParseConjunction());
        return Finish(new BoolOp { Op = BoolOperator.Or, Values = values }, start);
    }

    private ExprNode ParseConjunction()
    {
        Token start = Cur;
        ExprNode first = ParseInversion();
        if (!IsKeyword("and")) return first;
        var values = new List<ExprNode> { first };
        while (AcceptKeyword("and")) values.Add(ParseInversion());
        return Finish(new BoolOp { Op = BoolOperator.And, Values = values }, start);
    }

    private ExprNode ParseInversion()
    {
        if (IsKeyword("not"))
        {
            Enter();
            try
            {
                Token start = Advance();
                ExprNode operand = ParseInversion();
                return Finish(new UnaryOp { Op = UnaryOperator.Not, Operand = operand }, start);
            }
            finally { Leave(); }
        }
        return ParseComparison();
    }

    private ExprNode ParseComparison()
    {
        Token start = Cur;
        ExprNode left = ParseBitwiseOr();
        List<CompareOperator>? ops = null;
        List<ExprNode>? comparators = null;
        while (true)
        {
            CompareOperator op;
            Token t = Cur;
            switch (t.Kind)
            {
                case TokenKind.EqEqual: op = CompareOperator.Eq; Advance(); break;
                case TokenKind.NotEqual:
                    // "<>" is only accepted with barry_as_FLUFL.
                    if (t.Text == "<>") throw ErrorAtToken("invalid syntax", t);
                    op = CompareOperator.NotEq; Advance(); break;
                case TokenKind.Less: op = CompareOperator.Lt; Advance(); break;
                case TokenKind.LessEqual: op = CompareOperator.LtE; Advance(); break;
                case TokenKind.Greater: op = CompareOperator.Gt; Advance(); break;
                case TokenKind.GreaterEqual: op = CompareOperator.GtE; Advance(); break;
                case TokenKind.Name:
                    if (t.Text == "in") { op = CompareOperator.In; Advance(); break; }
                    if (t.Text == "is")
                    {
                        Advance();
                        if (AcceptKeyword("not")) op = CompareOperator.IsNot; else op = CompareOperator.Is;
                        break;
                    }
                    if (t.Text == "not" && Peek().Kind == TokenKind.Name && Peek().Text == "in")
                    {
                        Advance(); Advance(); op = CompareOperator.NotIn; break;
                    }
                    goto default;
                default:
                    if (ops == null) return left;
                    return Finish(new Compare { Left = left, Ops = ops, Comparators = comparators! }, start);
            }
            ops ??= new List<CompareOperator>();
            comparators ??= new List<ExprNode>();
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
    }

    private ExprNode ParseBitwiseOr()
    {
        Token start = Cur;
        ExprNode left = ParseBitwiseXor();
        while (Is(TokenKind.VBar))
        {
            Advance();
            ExprNode right = ParseBitwiseXor();
            left = Finish(new BinOp { Left = left, Op = BinaryOperator.BitOr, Right = right }, start);
        }
        return left;
    }

    private ExprNode ParseBitwiseXor()
    {
        Token start = Cur;
        ExprNode left = ParseBitwiseAnd();
        while (Is(TokenKind.Circumflex))
        {
            Advance();
            ExprNode right = ParseBitwiseAnd();
            left = Finish(new BinOp { Left = left, Op = BinaryOperator.BitXor, Right = right }, start);
        }
        return left;
    }

    private ExprNode ParseBitwiseAnd()
    {
        Token start = Cur;
        ExprNode left = ParseShift();
        while (Is(TokenKind.Amper))
        {
            Advance();
            ExprNode right = ParseShift();
            left = Finish(new BinOp { Left = left, Op = BinaryOperator.BitAnd, Right = right }, start);
        }
        return left;
    }

    private ExprNode ParseShift()
    {
        Token start = Cur;
        ExprNode left = ParseSum();
        while (true)
        {
            BinaryOperator op;
            if (Is(TokenKind.LeftShift)) op = BinaryOperator.LShift;
            else if (Is(TokenKind.RightShift)) op = BinaryOperator.RShift;
            else return left;
            Advance();
            ExprNode right = ParseSum();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode ParseSum()
    {
        Token start = Cur;
        ExprNode left = ParseTerm();
        while (true)
        {
            BinaryOperator op;
            if (Is(TokenKind.Plus)) op = BinaryOperator.Add;
            else if (Is(TokenKind.Minus)) op = BinaryOperator.Sub;
            else return left;
            Advance();
            ExprNode right = ParseTerm();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode ParseTerm()
    {
        Token start = Cur;
        ExprNode left = ParseFactor();
        while (true)
        {
            BinaryOperator op;
            switch (Kind)
            {
                case TokenKind.Star: op = BinaryOperator.Mult; break;
                case TokenKind.Slash: op = BinaryOperator.Div; break;
                case TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; break;
                case TokenKind.Percent: op = BinaryOperator.Mod; break;
                case TokenKind.At: op = BinaryOperator.MatMult; break;
                default: return left;
            }
            Advance();
            ExprNode right = ParseFactor();
            left = Finish(new BinOp { Left = left, Op = op, Right = right }, start);
        }
    }

    private ExprNode ParseFactor()
    {
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        Enter();
        try
        {
            Token start = Advance();
            ExprNode operand = ParseFactor();
            return Finish(new UnaryOp { Op = op, Operand = operand }, start);
        }
        finally { Leave(); }
    }

    private ExprNode ParsePower()
    {
        Token start = Cur;
        ExprNode left = ParseAwaitPrimary();
        if (!Is(TokenKind.DoubleStar)) return left;
        // CPython spends two rule levels per '**' (power -> factor).
        Enter();
        Enter();
        try
        {
            Advance();
            ExprNode right = ParseFactor();
            return Finish(new BinOp { Left = left, Op = BinaryOperator.Pow, Right = right }, start);
        }
        finally { Leave(); Leave(); }
    }

    private ExprNode ParseAwaitPrimary()
    {
        if (IsKeyword("await"))
        {
            Enter();
            try
            {
                Token start = Advance();
                ExprNode value = ParsePrimary();
                return Finish(new Await { Value = value }, start);
            }
            finally { Leave(); }
        }
        return ParsePrimary();
    }

    /// <summary><c>primary</c>: an atom followed by attribute references, calls and subscriptions.</summary>
    private ExprNode ParsePrimary()
    {
        Token start = Cur;
        ExprNode e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    string attr = ExpectName();
                    e = Finish(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
                    break;
                case TokenKind.LPar:
                    e = ParseCall(e, start);
                    break;
                case TokenKind.Lsqb:
                    Advance();
                    ExprNode slice = ParseSlices();
                    Expect(TokenKind.Rsqb);
                    e = Finish(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
                    break;
                default:
                    return e;
            }
        }
    }

    /// <summary><c>slices</c>: one slice, or a tuple of slices and starred expressions.</summary>
    private ExprNode ParseSlices()
    {
        Token start = Cur;
        ExprNode first = ParseSliceOrStarred();
        if (!Is(TokenKind.Comma))
        {
            // A lone starred expression is a one-element tuple (a[*b] == a[(*b,)]).
            if (first is Starred) return Finish(new Tuple { Elts = new List<ExprNode> { first }, Ctx = ExprContext.Load }, start);
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.Rsqb)) break;
            elts.Add(ParseSliceOrStarred());
        }
        return Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode ParseSliceOrStarred()
    {
        if (Is(TokenKind.Star))
        {
            Token s = Advance();
            ExprNode v = ParseBitwiseOr();
            return Finish(new Starred { Value = v, Ctx = ExprContext.Load }, s);
        }
        Token start = Cur;
        ExprNode? lower = null;
        if (!Is(TokenKind.Colon))
        {
            lower = ParseNamedExpression();
            if (!Is(TokenKind.Colon)) return lower;
            if (lower is NamedExpr && start.Kind != TokenKind.LPar) throw Fail();
        }
        Advance(); // ':'
        ExprNode? upper = null, step = null;
        if (StartsExpression()) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (StartsExpression()) step = ParseExpression();
        }
        return Finish(new Slice { Lower = lower, Upper = upper, Step = step }, start);
    }

    /// <summary>Whether the current token can begin an expression (used after optional commas).</summary>
    private bool StartsExpression()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                if (!Keywords.IsHardKeyword(t.Text)) return true;
                return t.Text is "None" or "True" or "False" or "not" or "lambda" or "await";
            case TokenKind.Number: case TokenKind.String: case TokenKind.LPar: case TokenKind.Lsqb:
            case TokenKind.LBrace: case TokenKind.Minus: case TokenKind.Plus: case TokenKind.Tilde:
            case TokenKind.Ellipsis: case TokenKind.Star:
                return true;
            default:
                return false;
        }
    }

    // ---- lambda ----

    private ExprNode ParseLambda()
    {
        // CPython spends two rule levels per nested lambda (lambdef -> expression).
        Enter();
        try
        {
            Token start = Advance(); // 'lambda'
            Arguments args = Is(TokenKind.Colon) ? new Arguments() : ParseParameters(lambda: true);
            if (!Is(TokenKind.Colon)) throw Fail();
            Advance();
            ExprNode body = ParseExpression();
            return Finish(new Lambda { Args = args, Body = body }, start);
        }
        finally { Leave(); }
    }

    // ---- yield ----

    private bool IsYield() => IsKeyword("yield");

    /// <summary><c>yield_expr</c>: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    private ExprNode ParseYieldExpr()
    {
        Token start = Advance(); // 'yield'
        if (AcceptKeyword("from"))
        {
            ExprNode from = ParseExpression();
            return Finish(new YieldFrom { Value = from }, start);
        }
        ExprNode? value = StartsExpression() ? ParseStarExpressions() : null;
        return Finish(new Yield { Value = value }, start);
    }
}
