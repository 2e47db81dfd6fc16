using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Start rules and simple statements.</summary>
internal sealed partial class Parser
{
    private readonly List<TypeIgnoreNode> _typeIgnores = new();

    public ModNode ParseFile()
    {
        var body = new List<StmtNode>();
        while (true)
        {
            if (Is(TokenKind.EndMarker)) break;
            if (Is(TokenKind.Newline)) { Advance(); continue; }
            ParseStatementInto(body);
        }
        return new Module { Body = body, TypeIgnores = _typeIgnores };
    }

    public ModNode ParseEvalInput()
    {
        if (Is(TokenKind.EndMarker)) throw EmptyInputError();
        ExprNode body = ParseExpressions();
        while (Accept(TokenKind.Newline)) { }
        if (!Is(TokenKind.EndMarker)) throw Fail();
        return new Expression { Body = body };
    }

    public ModNode ParseInteractive()
    {
        var body = new List<StmtNode>();
        if (Is(TokenKind.Newline))
        {
            // CPython 3.11: statement_newline's NEWLINE alternative yields a Pass.
            Token t = Advance();
            body.Add(AtToken(new Pass(), t));
        }
        else if (Is(TokenKind.EndMarker)) throw EmptyInputError();
        else
        {
            ParseStatementInto(body);
            // statement_newline: compound_stmt NEWLINE — a compound statement ends with an empty line.
            if (body.Count == 1 && AstFacts.IsCompound(body[0]) && !Accept(TokenKind.Newline)) throw Fail();
        }
        while (Accept(TokenKind.Newline)) { }
        if (!Is(TokenKind.EndMarker) && !Is(TokenKind.ErrorToken))
        {
            // CPython 3.11: _PyPegen_run_parser's bad_single_statement check.
            Token last = _tokens[Math.Max(0, _pos - 1)];
            throw ErrorAt("multiple statements found while compiling a single statement", last.Line, last.Col, last.EndLine, last.EndCol);
        }
        if (!Is(TokenKind.EndMarker)) throw Fail();
        return new Interactive { Body = body };
    }

    public ModNode ParseFuncTypeInput()
    {
        Expect(TokenKind.LPar);
        var argtypes = new List<ExprNode>();
        while (!Is(TokenKind.RPar))
        {
            // CPython 3.11 type_expressions: '*' and '**' are accepted and dropped.
            if (!Accept(TokenKind.Star)) Accept(TokenKind.DoubleStar);
            argtypes.Add(ParseExpression());
            if (!Accept(TokenKind.Comma)) break;
            if (Is(TokenKind.RPar)) throw Fail();
        }
        Expect(TokenKind.RPar);
        Expect(TokenKind.RArrow);
        ExprNode returns = ParseExpression();
        while (Accept(TokenKind.Newline)) { }
        if (!Is(TokenKind.EndMarker)) throw Fail();
        return new FunctionType { Argtypes = argtypes, Returns = returns };
    }

    /// <summary>Empty eval/single input: CPython reports "invalid syntax" without a location.</summary>
    private Diagnostics.SyntaxErrorException EmptyInputError() => _source.Length == 0
        ? new("SyntaxError", "invalid syntax", _filename, 0, 0, "", 0, 0)
        : new("SyntaxError", "invalid syntax", _filename, 1, 0, LineText(1), 1, 0);

    /// <summary>Parses the expression of an f-string replacement field: <c>fstring: star_expressions</c>.</summary>
    public ExprNode ParseFstringExpression()
    {
        // The text is "(expr)": the group/tuple/genexp rule consumes the parentheses.
        ExprNode e = ParseStarExpressions();
        while (Accept(TokenKind.Newline)) { }
        if (!Is(TokenKind.EndMarker)) throw Fail();
        return e;
    }


    /// <summary>The tokenizer hands the comment's payload: the text after "type: ".</summary>
    private static string TypeCommentText(in Token t) => t.Text;

    /// <summary><c>statement</c>: a compound statement or a line of simple statements.</summary>
    private void ParseStatementInto(List<StmtNode> body)
    {
        _matchMissingColon = null;
        StmtNode? compound = TryParseCompound();
        if (compound != null) { body.Add(compound); return; }
        if (_matchMissingColon is { } newline)
        {
            // "match x" + NEWLINE: CPython's invalid_match_stmt, unless the line is a valid statement.
            try { ParseSimpleStatements(body); }
            catch (Diagnostics.SyntaxErrorException) { throw ErrorAtToken("expected ':'", newline); }
            return;
        }
        ParseSimpleStatements(body);
    }

    /// <summary><c>simple_stmts</c>: simple_stmt (';' simple_stmt)* [';'] NEWLINE.</summary>
    private void ParseSimpleStatements(List<StmtNode> body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (Is(TokenKind.Newline)) { Advance(); return; }
                continue;
            }
            if (Is(TokenKind.Newline)) { Advance(); return; }
            if (Is(TokenKind.EndMarker)) return;
            throw Fail();
        }
    }

    private StmtNode ParseSimpleStatement()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Advance(); return AtToken(new Pass(), t);
                case "break": Advance(); return AtToken(new Break(), t);
                case "continue": Advance(); return AtToken(new Continue(), t);
                case "return": return ParseReturn();
                case "import": return ParseImport();
                case "from": return ParseFromImport();
                case "raise": return ParseRaise();
                case "del": return ParseDel();
                case "assert": return ParseAssert();
                case "global": return ParseGlobalOrNonlocal(isGlobal: true);
                case "nonlocal": return ParseGlobalOrNonlocal(isGlobal: false);
            }
        }
        return ParseExpressionStatement();
    }

    private StmtNode ParseReturn()
    {
        Token start = Advance();
        ExprNode? value = StartsExpression() ? ParseStarExpressions() : null;
        return Finish(new Return { Value = value }, start);
    }

    private StmtNode ParseRaise()
    {
        Token start = Advance();
        ExprNode? exc = null, cause = null;
        if (StartsExpression())
        {
            exc = ParseExpression();
            if (AcceptKeyword("from")) cause = ParseExpression();
        }
        return Finish(new Raise { Exc = exc, Cause = cause }, start);
    }

    private StmtNode ParseAssert()
    {
        Token start = Advance();
        ExprNode test = ParseExpression();
        ExprNode? msg = null;
        if (Accept(TokenKind.Comma)) msg = ParseExpression();
        return Finish(new Assert { Test = test, Msg = msg }, start);
    }

    private StmtNode ParseGlobalOrNonlocal(bool isGlobal)
    {
        Token start = Advance();
        var names = new List<string> { ExpectName() };
        while (Accept(TokenKind.Comma)) names.Add(ExpectName());
        return isGlobal ? Finish(new Global { Names = names }, start) : Finish(new Nonlocal { Names = names }, start);
    }

    private StmtNode ParseDel()
    {
        Token start = Advance();
        var targets = new List<ExprNode>();
        int itemsStart = _pos;
        while (true)
        {
            targets.Add(ParseStarExpression());
            if (!Accept(TokenKind.Comma)) break;
            if (!StartsExpression()) break;
        }
        if (!Is(TokenKind.Newline) && !Is(TokenKind.Semi) && !Is(TokenKind.EndMarker))
        {
            // CPython 3.11: invalid_del_stmt reports 'del f() < x' as an invalid target.
            int save = _pos;
            _pos = itemsStart;
            try
            {
                ExprNode all = ParseStarExpressions();
                ExprNode? bad = InvalidTarget(all, TargetsType.Del);
                if (bad != null) throw ErrorAtNode($"cannot delete {ExprName(bad)}", bad);
            }
            catch (Diagnostics.SyntaxErrorException e) when (!e.Msg.StartsWith("cannot delete", StringComparison.Ordinal))
            {
            }
            _pos = save;
            throw Fail();
        }
        foreach (var target in targets) SetContext(target, ExprContext.Del, TargetsType.Del);
        return Finish(new Delete { Targets = targets }, start);
    }

    private StmtNode ParseImport()
    {
        Token start = Advance();
        var names = new List<Alias>();
        do
        {
            Token aliasStart = Cur;
            string name = ParseDottedName();
            string? asname = null;
            if (AcceptKeyword("as")) asname = ExpectName();
            names.Add(Finish(new Alias { Name = name, Asname = asname }, aliasStart));
        } while (Accept(TokenKind.Comma));
        return Finish(new Import { Names = names }, start);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        if (!Is(TokenKind.Dot)) return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(ExpectName());
        return sb.ToString();
    }

    private StmtNode ParseFromImport()
    {
        Token start = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (!(level > 0 && IsKeyword("import"))) module = ParseDottedName();
        ExpectKeyword("import");
        var names = new List<Alias>();
        if (Is(TokenKind.Star))
        {
            Token star = Advance();
            names.Add(AtToken(new Alias { Name = "*" }, star));
        }
        else if (Accept(TokenKind.LPar))
        {
            do
            {
                if (Is(TokenKind.RPar) && names.Count > 0) break;
                names.Add(ParseImportAlias());
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RPar);
        }
        else
        {
            names.Add(ParseImportAlias());
            while (Accept(TokenKind.Comma))
            {
                if (Is(TokenKind.Newline) || Is(TokenKind.Semi) || Is(TokenKind.EndMarker))
                {
                    throw ErrorAtToken("trailing comma not allowed without surrounding parentheses", Cur);
                }
                names.Add(ParseImportAlias());
            }
        }
        return Finish(new ImportFrom { Module = module, Names = names, Level = level }, start);
    }

    private Alias ParseImportAlias()
    {
        Token aliasStart = Cur;
        string name = ExpectName();
        string? asname = null;
        if (AcceptKeyword("as")) asname = ExpectName();
        return Finish(new Alias { Name = name, Asname = asname }, aliasStart);
    }

    private static BinaryOperator? AugOperator(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinEqual => BinaryOperator.Sub,
        TokenKind.StarEqual => BinaryOperator.Mult,
        TokenKind.AtEqual => BinaryOperator.MatMult,
        TokenKind.SlashEqual => BinaryOperator.Div,
        TokenKind.PercentEqual => BinaryOperator.Mod,
        TokenKind.AmperEqual => BinaryOperator.BitAnd,
        TokenKind.VBarEqual => BinaryOperator.BitOr,
        TokenKind.CircumflexEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LShift,
        TokenKind.RightShiftEqual => BinaryOperator.RShift,
        TokenKind.DoubleStarEqual => BinaryOperator.Pow,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDiv,
        _ => null,
    };

    private ExprNode ParseYieldOrStarExpressions() => IsYield() ? ParseYieldExpr() : ParseStarExpressions();

    /// <summary>Expression statements and every kind of assignment.</summary>
    private StmtNode ParseExpressionStatement()
    {
        Token start = Cur;
        ExprNode first = ParseYieldOrStarExpressions();
        TokenKind k = Kind;
        if (k == TokenKind.Colon) return ParseAnnAssign(start, first);
        if (k == TokenKind.Equal) return ParseAssign(start, first);
        BinaryOperator? aug = AugOperator(k);
        if (aug != null)
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAtNode($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
            Advance();
            ApplyContext(first, ExprContext.Store);
            ExprNode value = ParseYieldOrStarExpressions();
            return Finish(new AugAssign { Target = first, Op = aug.Value, Value = value }, start);
        }
        return Finish(new Expr { Value = first }, start);
    }

    private StmtNode ParseAnnAssign(in Token start, ExprNode target)
    {
        if (target is Tuple t && !IsParenthesized(t))
            throw ErrorAtNode("only single target (not tuple) can be annotated", t.Elts[0]);
        if (target is Tuple or List)
            throw ErrorAtNode($"only single target (not {ExprName(target)}) can be annotated", target);
        if (target is not (Name or Attribute or Subscript))
            throw ErrorAtNode("illegal target for annotation", target);
        Advance(); // ':'
        ExprNode annotation = ParseExpression();
        ExprNode? value = null;
        if (Accept(TokenKind.Equal)) value = ParseYieldOrStarExpressions();
        ApplyContext(target, ExprContext.Store);
        int simple = target is Name && !IsParenthesized(target) ? 1 : 0;
        return Finish(new AnnAssign { Target = target, Annotation = annotation, Value = value, Simple = simple }, start);
    }

    private StmtNode ParseAssign(in Token start, ExprNode first)
    {
        int startIndex = IndexOf(start);
        var targets = new List<ExprNode> { first };
        ExprNode value;
        CheckAssignTarget(first, startIndex);
        while (true)
        {
            Advance(); // '='
            ExprNode next = ParseYieldOrStarExpressions();
            if (!Is(TokenKind.Equal)) { value = next; break; }
            CheckAssignTarget(next, startIndex);
            targets.Add(next);
        }
        foreach (var t in targets) ApplyContext(t, ExprContext.Store);
        string? typeComment = null;
        if (Is(TokenKind.TypeComment)) typeComment = TypeCommentText(Advance());
        return Finish(new Assign { Targets = targets, Value = value, TypeComment = typeComment }, start);
    }

    /// <summary>
    /// An invalid target before '='. CPython 3.11 reaches invalid_assignment in its second pass, where
    /// invalid_named_expression (parsing the statement's first item) can win with "Maybe you meant '=='".
    /// </summary>
    private void CheckAssignTarget(ExprNode t, int statementStart)
    {
        bool yield = t is Yield or YieldFrom && !IsParenthesized(t);
        ExprNode? bad = yield ? t : InvalidTarget(t, TargetsType.Star);
        if (bad == null) return;
        int save = _pos, savedMax = _maxPos;
        _pos = statementStart;
        try { ParseStarNamedExpression(); }
        catch (Diagnostics.SyntaxErrorException e) when (!e.Msg.Contains("Maybe you meant", StringComparison.Ordinal)) { }
        _pos = save;
        _maxPos = savedMax;
        if (yield) throw ErrorAtNode("assignment to yield expression not possible", t);
        throw ErrorAtNode($"cannot assign to {ExprName(bad)}", bad);
    }

    private static bool IsTrueNoneFalse(ExprNode e) =>
        e is Constant { Value: null or bool };

    /// <summary>Whether the expression could have come from the <c>bitwise_or</c> rule (no comparison, not, and/or, lambda, if-else, starred, tuple).</summary>
    private bool IsBitwiseOrLevel(ExprNode e) =>
        IsParenthesized(e) || e is not (Compare or UnaryOp { Op: UnaryOperator.Not } or BoolOp or Lambda or IfExp or Starred or Yield or YieldFrom or NamedExpr)
        && e is not Tuple;
}
