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
                return AtToken(new Constant { Value = ParseNumber(t) }, t);
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

    /// <summary>A NUMBER token's value; too many decimal digits is CPython's SyntaxError at offset 0.</summary>
    private object ParseNumber(in Token t)
    {
        try
        {
            return NumberParser.Parse(t.Text);
        }
        catch (IntegerTooLongException e)
        {
            throw new Diagnostics.SyntaxErrorException("SyntaxError", e.Message, _filename, t.Line, 0, LineText(t.Line), t.Line, 0);
        }
    }

    /// <summary>tuple | group | genexp.</summary>
    private ExprNode ParseParenthesized()
    {
        Token start = Advance(); // '('
        if (Is(TokenKind.RPar))
        {
            Advance();
            var empty = Finish(new Tuple { Ctx = ExprContext.Load }, start);
            MarkParenthesized(empty);
            return empty;
        }
        if (Is(TokenKind.DoubleStar))
        {
            Token dstar = Cur;
            int save = _pos;
            Advance();
            try { ParseExpression(); } catch (Diagnostics.SyntaxErrorException) { _pos = save; throw Fail(); }
            if (Is(TokenKind.RPar)) throw ErrorAtToken("cannot use double starred expression here", dstar);
            _pos = save;
            throw Fail();
        }
        if (IsYield())
        {
            ExprNode y = ParseYieldExpr();
            Expect(TokenKind.RPar);
            MarkParenthesized(y);
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
            MarkParenthesized(first);
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
        var tuple = Finish(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        MarkParenthesized(tuple);
        return tuple;
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
            if (IsCompFor()) throw ForgotComprehensionParens(elts);
            elts.Add(ParseStarNamedExpression());
        }
        if (IsCompFor() && elts.Count > 1) throw ForgotComprehensionParens(elts);
        Expect(TokenKind.Rsqb);
        return Finish(new List { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    private ExprNode ParseBraceDisplay()
    {
        Token start = Advance(); // '{'
        if (Accept(TokenKind.RBrace)) return Finish(new Dict(), start);
        if (Is(TokenKind.DoubleStar))
        {
            Token dstar = Cur;
            int save = _pos;
            Advance();
            try { ParseBitwiseOr(); } catch (Diagnostics.SyntaxErrorException) { }
            bool comp = IsCompFor();
            _pos = save;
            if (comp) throw ErrorAtToken("dict unpacking cannot be used in dict comprehension", dstar);
            return ParseDictRest(start, null, null);
        }
        Token firstTok = Cur;
        ExprNode first = ParseStarNamedExpression();
        if (Is(TokenKind.Colon) && first is not Starred)
        {
            if (first is NamedExpr && firstTok.Kind != TokenKind.LPar) throw Fail();
            Advance();
            if (Is(TokenKind.RBrace) || Is(TokenKind.Comma))
                throw ErrorAtPrevEnd("expression expected after dictionary key and ':'");
            if (Is(TokenKind.Star)) throw StarredDictValue();
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
            if (IsCompFor()) throw ForgotComprehensionParens(elts);
            elts.Add(ParseStarNamedExpression());
        }
        if (IsCompFor() && elts.Count > 1) throw ForgotComprehensionParens(elts);
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
                if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
                // CPython 3.11 invalid_double_starred_kvpairs: a key after `pair,` not followed by ':' is reported
                // whatever comes next (invalid_kvpair); offset at the key's last character, end_offset 0.
                var e = ErrorAt("':' expected after dictionary key", k.EndLineno, k.EndColOffset - 1, k.EndLineno, k.EndColOffset);
                throw new Diagnostics.SyntaxErrorException(e.PythonType, e.Msg, e.Filename, e.Lineno, e.Offset, e.Text, e.EndLineno, 0);
            }
            Advance();
            if (Is(TokenKind.RBrace) || Is(TokenKind.Comma))
                throw ErrorAtPrevEnd("expression expected after dictionary key and ':'");
            if (Is(TokenKind.Star)) throw StarredDictValue();
            ExprNode v = ParseExpression();
            keys.Add(k); values.Add(v);
        }
        Expect(TokenKind.RBrace);
        return Finish(new Dict { Keys = keys, Values = values }, start);
    }

    /// <summary>CPython 3.11 invalid_comprehension: "[x, y for ...]".</summary>
    private Diagnostics.SyntaxErrorException ForgotComprehensionParens(List<ExprNode> elts)
    {
        if (elts.Count == 1)
        {
            Token comma = _tokens[_pos - 1];
            return ErrorAt("did you forget parentheses around the comprehension target?", elts[0].Lineno, elts[0].ColOffset, comma.EndLine, comma.EndCol);
        }
        return ErrorBetween("did you forget parentheses around the comprehension target?", elts[0], elts[^1]);
    }

    /// <summary>CPython 3.11 invalid_kvpair: "{1: *a}".</summary>
    private Diagnostics.SyntaxErrorException StarredDictValue()
    {
        Token star = Advance();
        ExprNode v = ParseBitwiseOr();
        return ErrorAt("cannot use a starred expression in a dictionary value", star.Line, star.Col, v.EndLineno, v.EndColOffset);
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

    private ExprNode ParseCall(ExprNode func, in Token start, bool allowGenexp = true)
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
                if (sawDoubleStar)
                    throw ErrorAtToken("iterable argument unpacking follows keyword argument unpacking", argStart);
                Advance();
                ExprNode v = ParseExpression();
                var starred = Finish(new Starred { Value = v, Ctx = ExprContext.Load }, argStart);
                if (IsCompFor()) throw ErrorAtNode("iterable unpacking cannot be used in comprehension", starred);
                if (sawDoubleStar)
                    throw ErrorAtToken("iterable argument unpacking follows keyword argument unpacking", argStart);
                args.Add(starred);
            }
            else if (Is(TokenKind.DoubleStar))
            {
                Advance();
                ExprNode v = ParseExpression();
                keywords.Add(Finish(new Keyword { Arg = null, Value = v }, argStart));
                sawDoubleStar = true;
            }
            else if (Kind == TokenKind.Name && (!Keywords.IsHardKeyword(Cur.Text) || Cur.Text is "True" or "False" or "None")
                && Peek().Kind == TokenKind.Equal)
            {
                Token nameTok = Advance();
                Advance(); // '='
                if (nameTok.Text is "True" or "False" or "None")
                {
                    Token eqTok = _tokens[_pos - 1];
                    throw ErrorAt($"cannot assign to {nameTok.Text}", nameTok.Line, nameTok.Col, eqTok.EndLine, eqTok.EndCol);
                }
                if (Keywords.IsHardKeyword(nameTok.Text)) throw ErrorAtToken("invalid syntax", nameTok);
                ExprNode v = ParseExpression();
                if (IsCompFor())
                {
                    Token eqTok = _tokens[IndexOf(nameTok) + 1];
                    throw ErrorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", nameTok.Line, nameTok.Col, eqTok.EndLine, eqTok.EndCol);
                }
                keywords.Add(Finish(new Keyword { Arg = Identifiers.Normalize(nameTok.Text), Value = v }, argStart));
                sawKeyword = true;
            }
            else
            {
                ExprNode v = ParseNamedExpression(checkAssignment: false);
                if (IsCompFor() && !allowGenexp) throw Fail();
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
                {
                    if (v is Name && Peek().Kind != TokenKind.Equal)
                    {
                        // f(a = i for i in x): CPython 3.11 invalid_arguments
                        int save = _pos;
                        Advance();
                        try { ParseExpression(); } catch (Diagnostics.SyntaxErrorException) { }
                        bool genexp = IsCompFor();
                        _pos = save;
                        if (genexp) throw ErrorBetweenTokens("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", v);
                    }
                    throw ErrorBetweenTokens("expression cannot contain assignment, perhaps you meant \"==\"?", v);
                }
                if (sawDoubleStar)
                    throw ErrorAtToken("positional argument follows keyword argument unpacking", Cur);
                if (sawKeyword)
                    throw ErrorAtToken("positional argument follows keyword argument", Cur);
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
