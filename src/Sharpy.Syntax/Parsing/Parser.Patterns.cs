using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>The match statement and its patterns (PEP 634).</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// 'match' is a soft keyword: the statement is recognised only if a subject and ':' follow;
    /// otherwise the caller parses a simple statement from the same position.
    /// </summary>
    private Token? _matchMissingColon;

    private StmtNode? TryParseMatch()
    {
        int save = _pos;
        Token start = Advance(); // 'match'
        ExprNode subject;
        if (!StartsExpression()) { _pos = save; return null; }
        try
        {
            subject = ParseMatchSubject();
        }
        catch (SyntaxErrorException)
        {
            _pos = save;
            return null;
        }
        if (!Is(TokenKind.Colon))
        {
            if (Is(TokenKind.Newline)) _matchMissingColon = Cur;
            _pos = save;
            return null;
        }
        Advance(); // ':'
        if (!Is(TokenKind.Newline)) throw Fail();
        Advance();
        if (!Is(TokenKind.Indent))
        {
            if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
            throw ErrorAtToken($"expected an indented block after 'match' statement on line {start.Line}", Cur, "IndentationError");
        }
        Advance();
        var cases = new List<MatchCase>();
        while (IsKeyword("case")) cases.Add(ParseCaseBlock());
        if (cases.Count == 0 || !Is(TokenKind.Dedent)) throw Fail();
        Advance();
        return Finish(new Match { Subject = subject, Cases = cases }, start);
    }

    private ExprNode ParseMatchSubject()
    {
        Token start = Cur;
        ExprNode first = ParseStarNamedExpression();
        if (!Is(TokenKind.Comma))
        {
            if (first is Starred) throw Fail();
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression()) break;
            elts.Add(ParseStarNamedExpression());
        }
        return Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private MatchCase ParseCaseBlock()
    {
        Token caseTok = Advance(); // 'case'
        PatternNode pattern = ParsePatterns();
        ExprNode? guard = null;
        if (AcceptKeyword("if")) guard = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'case' statement", caseTok.Line);
        return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
    }

    /// <summary><c>patterns</c>: open_sequence_pattern | pattern.</summary>
    private PatternNode ParsePatterns()
    {
        Token start = Cur;
        PatternNode first = ParseMaybeStarPattern();
        if (!Is(TokenKind.Comma))
        {
            if (first is MatchStar) throw Fail();
            return first;
        }
        var patterns = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.Colon) || IsKeyword("if")) break;
            patterns.Add(ParseMaybeStarPattern());
        }
        return Finish(new MatchSequence { Patterns = patterns }, start);
    }

    private PatternNode ParseMaybeStarPattern()
    {
        if (Is(TokenKind.Star))
        {
            Token star = Advance();
            Token nameTok = Cur;
            string name = ExpectName();
            return Finish(new MatchStar { Name = name == "_" ? null : name }, star);
        }
        return ParsePattern();
    }

    /// <summary><c>pattern</c>: as_pattern | or_pattern.</summary>
    private PatternNode ParsePattern()
    {
        Enter();
        try
        {
            Token start = Cur;
            PatternNode or = ParseOrPattern();
            if (!IsKeyword("as")) return or;
            Advance();
            Token nameTok = Cur;
            if (nameTok.Kind == TokenKind.Name && nameTok.Text == "_")
                throw ErrorAtToken("cannot use '_' as a target", nameTok);
            if (!IsNameToken() || Peek().Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
            {
                if (StartsExpression())
                {
                    ExprNode bad = ParseExpression();
                    throw ErrorAtNode("invalid pattern target", bad);
                }
                throw Fail();
            }
            Advance();
            return Finish(new MatchAs { Pattern = or, Name = Identifiers.Normalize(nameTok.Text) }, start);
        }
        finally { Leave(); }
    }

    private PatternNode ParseOrPattern()
    {
        Token start = Cur;
        PatternNode first = ParseClosedPattern();
        if (!Is(TokenKind.VBar)) return first;
        var patterns = new List<PatternNode> { first };
        while (Accept(TokenKind.VBar)) patterns.Add(ParseClosedPattern());
        return Finish(new MatchOr { Patterns = patterns }, start);
    }

    private PatternNode ParseClosedPattern()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                ExprNode value = ParseSignedOrComplexNumber();
                return new MatchValue { Value = value }.WithLocationOf<MatchValue>(value);
            }
            case TokenKind.String:
            {
                ExprNode value = ParseStrings();
                if (value is JoinedStr) throw ErrorAtNode("patterns may only match literals and attribute lookups", value);
                return new MatchValue { Value = value }.WithLocationOf<MatchValue>(value);
            }
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return AtToken(new MatchSingleton { Value = null }, t);
                    case "True": Advance(); return AtToken(new MatchSingleton { Value = true }, t);
                    case "False": Advance(); return AtToken(new MatchSingleton { Value = false }, t);
                }
                if (Keywords.IsHardKeyword(t.Text)) throw Fail();
                return ParseNamePattern();
            case TokenKind.LPar:
                return ParseParenPattern();
            case TokenKind.Lsqb:
            {
                Advance();
                var patterns = ParseSequenceItems(TokenKind.Rsqb);
                Expect(TokenKind.Rsqb);
                return Finish(new MatchSequence { Patterns = patterns }, t);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw Fail();
        }
    }

    private List<PatternNode> ParseSequenceItems(TokenKind close)
    {
        var patterns = new List<PatternNode>();
        while (!Is(close))
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        return patterns;
    }

    private PatternNode ParseParenPattern()
    {
        Token start = Advance(); // '('
        if (Accept(TokenKind.RPar)) return Finish(new MatchSequence(), start);
        PatternNode first = ParseMaybeStarPattern();
        if (Is(TokenKind.RPar) && first is not MatchStar)
        {
            Advance();
            return first; // group_pattern
        }
        var patterns = new List<PatternNode> { first };
        Expect(TokenKind.Comma);
        while (!Is(TokenKind.RPar))
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Finish(new MatchSequence { Patterns = patterns }, start);
    }

    /// <summary>Capture, wildcard, value (dotted name) and class patterns.</summary>
    private PatternNode ParseNamePattern()
    {
        Token start = Advance();
        ExprNode nameOrAttr = AtToken(new Name { Id = Identifiers.Normalize(start.Text), Ctx = ExprContext.Load }, start);
        bool dotted = false;
        while (Is(TokenKind.Dot))
        {
            Advance();
            string attr = ExpectName();
            nameOrAttr = Finish(new Attribute { Value = nameOrAttr, Attr = attr, Ctx = ExprContext.Load }, start);
            dotted = true;
        }
        if (Is(TokenKind.LPar)) return ParseClassPattern(nameOrAttr, start);
        if (dotted) return new MatchValue { Value = nameOrAttr }.WithLocationOf<MatchValue>(nameOrAttr);
        if (start.Text == "_") return AtToken(new MatchAs(), start);
        return AtToken(new MatchAs { Name = Identifiers.Normalize(start.Text) }, start);
    }

    private PatternNode ParseClassPattern(ExprNode cls, in Token start)
    {
        Advance(); // '('
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (!Is(TokenKind.RPar))
        {
            if (IsNameToken() && Peek().Kind == TokenKind.Equal)
            {
                string attr = Identifiers.Normalize(Advance().Text);
                Advance(); // '='
                kwdAttrs.Add(attr);
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                PatternNode p = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw ErrorAtNode("positional patterns follow keyword patterns", p);
                }
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return Finish(new MatchClass { Cls = cls, Patterns = patterns, KwdAttrs = kwdAttrs, KwdPatterns = kwdPatterns }, start);
    }

    private PatternNode ParseMappingPattern()
    {
        Token start = Advance(); // '{'
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (!Is(TokenKind.RBrace))
        {
            if (Is(TokenKind.DoubleStar))
            {
                Advance();
                if (IsKeyword("_")) throw Fail();
                rest = ExpectName();
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(ParseMappingKey());
            ExpectColon();
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return Finish(new MatchMapping { Keys = keys, Patterns = patterns, Rest = rest }, start);
    }

    private ExprNode ParseMappingKey()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number: case TokenKind.Minus:
                return ParseSignedOrComplexNumber();
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return AtToken(new Constant { Value = null }, t);
                    case "True": Advance(); return AtToken(new Constant { Value = true }, t);
                    case "False": Advance(); return AtToken(new Constant { Value = false }, t);
                }
                Advance();
                ExprNode e = AtToken(new Name { Id = Identifiers.Normalize(t.Text), Ctx = ExprContext.Load }, t);
                if (!Is(TokenKind.Dot)) throw Fail();
                while (Accept(TokenKind.Dot))
                    e = Finish(new Attribute { Value = e, Attr = ExpectName(), Ctx = ExprContext.Load }, t);
                return e;
            default:
                throw Fail();
        }
    }

    /// <summary><c>signed_number</c> and <c>complex_number</c> of literal patterns.</summary>
    private ExprNode ParseSignedOrComplexNumber()
    {
        Token start = Cur;
        ExprNode real;
        if (Is(TokenKind.Minus))
        {
            Advance();
            Token n = Expect(TokenKind.Number);
            var c = AtToken(new Constant { Value = ParseNumber(n) }, n);
            real = Finish(new UnaryOp { Op = UnaryOperator.USub, Operand = c }, start);
        }
        else
        {
            Token n = Expect(TokenKind.Number);
            real = AtToken(new Constant { Value = ParseNumber(n) }, n);
        }
        if (Is(TokenKind.Plus) || Is(TokenKind.Minus))
        {
            BinaryOperator op = Is(TokenKind.Plus) ? BinaryOperator.Add : BinaryOperator.Sub;
            Advance();
            Token n = Expect(TokenKind.Number);
            object v = ParseNumber(n);
            var imag = AtToken(new Constant { Value = v }, n);
            // CPython's complex_number rule checks its real part (as it is parsed) before the imaginary one.
            if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
                throw ErrorAtNode("real number required in complex literal", real is UnaryOp u ? u.Operand : real);
            if (v is not System.Numerics.Complex) throw ErrorAtNode("imaginary number required in complex literal", imag);
            return Finish(new BinOp { Left = real, Op = op, Right = imag }, start);
        }
        return real;
    }
}
