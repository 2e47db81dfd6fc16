using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Atoms: names, literals, displays, comprehensions and calls.</summary>
internal sealed partial class Parser
{
    private ExprNode ParseAtom()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return AtToken(new Constant { Value = null }, t);
                    case "True": Advance(); return AtToken(new Constant { Value = true }, t);
                    case "False": Advance(); return AtToken(new Constant { Value = false }, t);
                }
                if (Keywords.IsHardKeyword(t.Text)) throw Fail();
                Advance();
                return AtToken(new Name { Id = Identifiers.Normalize(t.Text), Ctx = ExprContext.Load }, t);
            case TokenKind.Number:
                Advance();
                return AtToken(new Constant { Value = NumberParser.Parse(t.Text) }, t);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Ellipsis:
                Advance();
                return AtToken(new Constant { Value = EllipsisValue.Instance }, t);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.Lsqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                throw Fail();
        }
    }

    /// <summary>tuple | group | genexp.</summary>
    private ExprNode ParseParenthesized()
    {
        Token start = Advance(); // '('
        if (Is(TokenKind.RPar))
        {
            Advance();
            return Finish(new Tuple { Ctx = ExprContext.Load }, start);
        }
        if (IsYield())
        {
            ExprNode y = ParseYieldExpr();
            Expect(TokenKind.RPar);
            return y;
        }
        ExprNode first = ParseStarNamedExpression();
        if (IsKeyword("for") || (IsKeyword("async") && Peek().Kind == TokenKind.Name && Peek().Text == "for"))
        {
            if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseForIfClauses();
            Expect(TokenKind.RPar);
            return Finish(new GeneratorExp { Elt = first, Generators = gens }, start);
        }
        if (Is(TokenKind.RPar))
        {
            Advance();
            if (first is Starred) throw ErrorAtNode("cannot use starred expression here", first);
            return first;
        }
        if (!Is(TokenKind.Comma)) throw Fail();
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.RPar)) break;
            elts.Add(ParseStarNamedExpression());
        }
        Expect(TokenKind.RPar);
        return Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode ParseListDisplay()
    {
        Token start = Advance(); // '['
        if (Accept(TokenKind.Rsqb)) return Finish(new List { Ctx = ExprContext.Load }, start);
        ExprNode first = ParseStarNamedExpression();
        if (IsCompFor())
        {
            if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseForIfClauses();
            Expect(TokenKind.Rsqb);
            return Finish(new ListComp { Elt = first, Generators = gens }, start);
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.Rsqb)) break;
            elts.Add(ParseStarNamedExpression());
        }
        Expect(TokenKind.Rsqb);
        return Finish(new List { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode ParseBraceDisplay()
    {
        Token start = Advance(); // '{'
        if (Accept(TokenKind.RBrace)) return Finish(new Dict(), start);
        if (Is(TokenKind.DoubleStar)) return ParseDictRest(start, null, null);
        Token firstTok = Cur;
        ExprNode first = ParseStarNamedExpression();
        if (Is(TokenKind.Colon) && first is not Starred)
        {
            if (first is NamedExpr && firstTok.Kind != TokenKind.LPar) throw Fail();
            Advance();
            ExprNode value = ParseExpression();
            if (IsCompFor())
            {
                var gens = ParseForIfClauses();
                Expect(TokenKind.RBrace);
                return Finish(new DictComp { Key = first, Value = value, Generators = gens }, start);
            }
            return ParseDictRest(start, first, value);
        }
        if (IsCompFor())
        {
            if (first is Starred) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", first);
            var gens = ParseForIfClauses();
            Expect(TokenKind.RBrace);
            return Finish(new SetComp { Elt = first, Generators = gens }, start);
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Is(TokenKind.RBrace)) break;
            elts.Add(ParseStarNamedExpression());
        }
        Expect(TokenKind.RBrace);
        return Finish(new Set { Elts = elts }, start);
    }

    /// <summary>The rest of a dict display after its first pair (or at a leading '**').</summary>
    private ExprNode ParseDictRest(in Token start, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode?>();
        var values = new List<ExprNode>();
        bool needComma = false;
        if (firstValue != null)
        {
            keys.Add(firstKey); values.Add(firstValue);
            needComma = true;
        }
        while (true)
        {
            if (needComma)
            {
                if (!Accept(TokenKind.Comma)) break;
                if (Is(TokenKind.RBrace)) break;
            }
            needComma = true;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
                continue;
            }
            ExprNode k = ParseExpression();
            if (!Is(TokenKind.Colon))
            {
                if (Is(TokenKind.Comma) || Is(TokenKind.RBrace))
                    throw ErrorAtNode("':' expected after dictionary key", k);
                throw Fail();
            }
            Advance();
            if (Is(TokenKind.RBrace) || Is(TokenKind.Comma))
                throw ErrorAtPrevEnd("expression expected after dictionary key and ':'");
            ExprNode v = ParseExpression();
            keys.Add(k); values.Add(v);
        }
        Expect(TokenKind.RBrace);
        return Finish(new Dict { Keys = keys, Values = values }, start);
    }

    private bool IsCompFor()
    {
        if (IsKeyword("for")) return true;
        return IsKeyword("async") && Peek().Kind == TokenKind.Name && Peek().Text == "for";
    }

    /// <summary><c>for_if_clauses</c>.</summary>
    private List<Comprehension> ParseForIfClauses()
    {
        var gens = new List<Comprehension>();
        while (IsCompFor())
        {
            int isAsync = 0;
            if (IsKeyword("async")) { Advance(); isAsync = 1; }
            Advance(); // 'for'
            ExprNode target = ParseStarTargets(ExprContext.Store, forTarget: true);
            ExpectKeyword("in");
            ExprNode iter = ParseDisjunction();
            var ifs = new List<ExprNode>();
            while (IsKeyword("if"))
            {
                Advance();
                ifs.Add(ParseDisjunction());
            }
            gens.Add(new Comprehension { Target = target, Iter = iter, Ifs = ifs, IsAsync = isAsync });
        }
        return gens;
    }

    // ---- calls ----

    private ExprNode ParseCall(ExprNode func, in Token start)
    {
        Token lpar = Advance(); // '('
        var args = new List<ExprNode>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false, sawDoubleStar = false;
        while (!Is(TokenKind.RPar))
        {
            Token argStart = Cur;
            if (Is(TokenKind.Star))
            {
                Advance();
                ExprNode v = ParseExpression();
                var starred = Finish(new Starred { Value = v, Ctx = ExprContext.Load }, argStart);
                if (sawDoubleStar)
                    throw ErrorAtNode("iterable argument unpacking follows keyword argument unpacking", starred);
                args.Add(starred);
            }
            else if (Is(TokenKind.DoubleStar))
            {
                Advance();
                ExprNode v = ParseExpression();
                keywords.Add(Finish(new Keyword { Arg = null, Value = v }, argStart));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.Name && Peek().Kind == TokenKind.Equal)
            {
                Token nameTok = Advance();
                Advance(); // '='
                if (nameTok.Text is "True" or "False" or "None")
                    throw ErrorAt($"cannot assign to {nameTok.Text}", nameTok.Line, nameTok.Col, nameTok.EndLine, nameTok.EndCol);
                if (Keywords.IsHardKeyword(nameTok.Text)) throw ErrorAtToken("invalid syntax", nameTok);
                ExprNode v = ParseExpression();
                keywords.Add(Finish(new Keyword { Arg = Identifiers.Normalize(nameTok.Text), Value = v }, argStart));
                sawKeyword = true;
            }
            else
            {
                ExprNode v = ParseNamedExpression();
                if (IsCompFor())
                {
                    var gens = ParseForIfClauses();
                    bool alone = args.Count == 0 && keywords.Count == 0 && Is(TokenKind.RPar);
                    if (!alone)
                    {
                        var g = Finish(new GeneratorExp { Elt = v, Generators = gens }, argStart);
                        throw ErrorAtNode("Generator expression must be parenthesized", g);
                    }
                    Advance(); // ')'
                    args.Add(Finish(new GeneratorExp { Elt = v, Generators = gens }, lpar));
                    return Finish(new Call { Func = func, Args = args, Keywords = keywords }, start);
                }
                if (Is(TokenKind.Equal))
                    throw ErrorBetweenTokens("expression cannot contain assignment, perhaps you meant \"==\"?", v);
                if (sawDoubleStar)
                    throw ErrorAtNode("positional argument follows keyword argument unpacking", v);
                if (sawKeyword)
                    throw ErrorAtNode("positional argument follows keyword argument", v);
                args.Add(v);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (!Is(TokenKind.RPar)) throw Fail();
        Advance();
        return Finish(new Call { Func = func, Args = args, Keywords = keywords }, start);
    }

    private Sharpy.Syntax.Diagnostics.SyntaxErrorException ErrorBetweenTokens(string message, ExprNode v)
    {
        Token eq = Cur;
        return ErrorAt(message, v.Lineno, v.ColOffset, eq.EndLine, eq.EndCol);
    }
}
