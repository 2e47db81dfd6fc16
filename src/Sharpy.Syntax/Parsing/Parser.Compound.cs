using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Compound statements and blocks.</summary>
internal sealed partial class Parser
{
    private StmtNode? TryParseCompound()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.At) return ParseDecorated();
        if (t.Kind != TokenKind.Name) return null;
        switch (t.Text)
        {
            case "def": return ParseFunctionDef(new List<ExprNode>(), isAsync: false, t);
            case "class": return ParseClassDef(new List<ExprNode>());
            case "if": return ParseIf();
            case "while": return ParseWhile();
            case "for": return ParseFor(isAsync: false, t);
            case "with": return ParseWith(isAsync: false, t);
            case "try": return ParseTry();
            case "async":
            {
                Token next = Peek();
                if (next.Kind == TokenKind.Name)
                {
                    Advance();
                    switch (next.Text)
                    {
                        case "def": return ParseFunctionDef(new List<ExprNode>(), isAsync: true, t);
                        case "for": return ParseFor(isAsync: true, t);
                        case "with": return ParseWith(isAsync: true, t);
                    }
                }
                throw Fail();
            }
            case "match":
                return TryParseMatch();
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>block</c>: NEWLINE INDENT statements DEDENT | simple_stmts. <paramref name="what"/> names the
    /// statement for "expected an indented block after ..." (CPython 3.11's invalid_*_stmt rules).
    /// </summary>
    private List<StmtNode> ParseBlock(string what, int line)
    {
        var body = new List<StmtNode>();
        if (Is(TokenKind.Newline))
        {
            Advance();
            if (!Is(TokenKind.Indent))
            {
                if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
                Token t = Cur;
                throw ErrorAtToken($"expected an indented block after {what} on line {line}", t, "IndentationError");
            }
            Advance();
            while (!Is(TokenKind.Dedent))
            {
                if (Is(TokenKind.EndMarker)) break;
                ParseStatementInto(body);
            }
            Accept(TokenKind.Dedent);
            return body;
        }
        if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
        if (!StartsSimpleStatement()) throw Fail();
        ParseSimpleStatements(body);
        return body;
    }

    private bool StartsSimpleStatement()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            return t.Text switch
            {
                "pass" or "break" or "continue" or "return" or "import" or "from" or "raise" or "del" or "assert"
                    or "global" or "nonlocal" or "yield" => true,
                _ => StartsExpression(),
            };
        }
        return StartsExpression();
    }

    private StmtNode ParseDecorated()
    {
        var decorators = new List<ExprNode>();
        while (Is(TokenKind.At))
        {
            Advance();
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        Token t = Cur;
        if (IsKeyword("def")) return ParseFunctionDef(decorators, isAsync: false, t);
        if (IsKeyword("class")) return ParseClassDef(decorators);
        if (IsKeyword("async") && Peek().Kind == TokenKind.Name && Peek().Text == "def")
        {
            Advance();
            return ParseFunctionDef(decorators, isAsync: true, t);
        }
        throw Fail();
    }

    private StmtNode ParseFunctionDef(List<ExprNode> decorators, bool isAsync, in Token start)
    {
        Token defTok = Advance(); // 'def'
        string name = ExpectName();
        if (!Is(TokenKind.LPar))
        {
            if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
            throw ErrorAtToken("expected '('", Cur);
        }
        Advance();
        Arguments args = ParseParameters(lambda: false);
        Expect(TokenKind.RPar);
        ExprNode? returns = null;
        if (Is(TokenKind.RArrow))
        {
            // CPython's optional ['->' expression] fails as a whole when no expression follows, and the
            // forced ':' is then reported at the arrow.
            Token arrow = Advance();
            if (!StartsExpression() && !Is(TokenKind.ErrorToken)) throw ErrorAtToken("expected ':'", arrow);
            returns = ParseExpression();
        }
        ExpectColon(forced: true);
        string? typeComment = null;
        if (Is(TokenKind.TypeComment)) typeComment = TypeCommentText(Advance());
        else if (Is(TokenKind.Newline) && Peek().Kind == TokenKind.TypeComment && Peek(2).Kind == TokenKind.Newline)
        {
            Advance();
            typeComment = TypeCommentText(Advance());
        }
        var body = ParseBlock("function definition", defTok.Line);
        if (isAsync)
            return Finish(new AsyncFunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeComment = typeComment }, start);
        return Finish(new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns, TypeComment = typeComment }, start);
    }

    private StmtNode ParseClassDef(List<ExprNode> decorators)
    {
        Token start = Advance(); // 'class'
        string name = ExpectName();
        var bases = new List<ExprNode>();
        var keywords = new List<Keyword>();
        if (Is(TokenKind.LPar))
        {
            var dummy = new Name { Id = name };
            var call = (Call)ParseCall(dummy, start, allowGenexp: false);
            bases = call.Args;
            keywords = call.Keywords;
        }
        ExpectColon();
        var body = ParseBlock("class definition", start.Line);
        return Finish(new ClassDef { Name = name, Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators }, start);
    }

    private StmtNode ParseIf()
    {
        // CPython's elif chain is right-recursive (one rule level per elif, a few for the 'if'):
        // 5967 elifs raise MemoryError.
        int levels = IsKeyword("if") ? 3 : 1;
        for (int i = 0; i < levels; i++) Enter();
        try
        {
            return ParseIfBody();
        }
        finally { _depth -= levels; }
    }

    private StmtNode ParseIfBody()
    {
        Token start = Advance(); // 'if' or 'elif'
        string what = start.Text == "if" ? "'if' statement" : "'elif' statement";
        ExprNode test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock(what, start.Line);
        var orelse = new List<StmtNode>();
        if (IsKeyword("elif")) orelse.Add(ParseIf());
        else if (IsKeyword("else")) orelse = ParseElseBlock();
        return Finish(new If { Test = test, Body = body, Orelse = orelse }, start);
    }

    private List<StmtNode> ParseElseBlock()
    {
        Token elseTok = Advance();
        ExpectColon(forced: true);
        return ParseBlock("'else' statement", elseTok.Line);
    }

    private StmtNode ParseWhile()
    {
        Token start = Advance();
        ExprNode test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", start.Line);
        var orelse = IsKeyword("else") ? ParseElseBlock() : new List<StmtNode>();
        return Finish(new While { Test = test, Body = body, Orelse = orelse }, start);
    }

    private StmtNode ParseFor(bool isAsync, in Token start)
    {
        Token forTok = Advance(); // 'for'
        ExprNode target = ParseStarTargets(ExprContext.Store, forTarget: true);
        ExpectKeyword("in");
        ExprNode iter = ParseStarExpressions();
        ExpectColon();
        string? typeComment = null;
        if (Is(TokenKind.TypeComment)) typeComment = TypeCommentText(Advance());
        var body = ParseBlock("'for' statement", forTok.Line);
        var orelse = IsKeyword("else") ? ParseElseBlock() : new List<StmtNode>();
        if (isAsync)
            return Finish(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, start);
        return Finish(new For { Target = target, Iter = iter, Body = body, Orelse = orelse, TypeComment = typeComment }, start);
    }

    private StmtNode ParseWith(bool isAsync, in Token start)
    {
        Token withTok = Advance(); // 'with'
        List<WithItem>? items = null;
        if (Is(TokenKind.LPar))
        {
            // 'with' '(' ','.with_item+ ','? ')' ':' is tried first; on failure the parenthesis
            // belongs to the first item's expression.
            int save = _pos;
            try
            {
                Advance();
                var list = new List<WithItem>();
                do
                {
                    if (Is(TokenKind.RPar) && list.Count > 0) break;
                    list.Add(ParseWithItem());
                } while (Accept(TokenKind.Comma));
                if (Is(TokenKind.RPar) && Peek().Kind is TokenKind.Colon or TokenKind.Newline)
                {
                    Advance();
                    items = list;
                }
                else _pos = save;
            }
            catch (SyntaxErrorException)
            {
                _pos = save;
            }
        }
        if (items == null)
        {
            items = new List<WithItem>();
            do items.Add(ParseWithItem()); while (Accept(TokenKind.Comma));
        }
        ExpectColon();
        string? typeComment = null;
        if (Is(TokenKind.TypeComment)) typeComment = TypeCommentText(Advance());
        var body = ParseBlock("'with' statement", withTok.Line);
        if (isAsync)
            return Finish(new AsyncWith { Items = items, Body = body, TypeComment = typeComment }, start);
        return Finish(new With { Items = items, Body = body, TypeComment = typeComment }, start);
    }

    private WithItem ParseWithItem()
    {
        ExprNode e = ParseExpression();
        ExprNode? vars = null;
        if (AcceptKeyword("as"))
        {
            vars = ParseTargetItem();
            if (!(Is(TokenKind.Comma) || Is(TokenKind.RPar) || Is(TokenKind.Colon) || Is(TokenKind.Newline)))
            {
                // CPython 3.11: invalid_with_item.
                throw Fail();
            }
            SetContext(vars, ExprContext.Store, TargetsType.Star);
        }
        return new WithItem { ContextExpr = e, OptionalVars = vars };
    }

    private StmtNode ParseTry()
    {
        Token start = Advance(); // 'try'
        ExpectColon(forced: true);
        var body = ParseBlock("'try' statement", start.Line);
        var handlers = new List<ExceptHandlerNode>();
        bool? star = null;
        while (IsKeyword("except"))
        {
            Token exceptTok = Advance();
            bool isStar = false;
            if (Is(TokenKind.Star)) { Advance(); isStar = true; }
            if (isStar && Is(TokenKind.Colon)) throw ErrorAtToken("expected one or more exception types", Cur);
            if (star != null && star != isStar)
            {
                Token endTok = _tokens[_pos - 1];
                throw ErrorAt("cannot have both 'except' and 'except*' on the same 'try'", exceptTok.Line, exceptTok.Col, endTok.EndLine, endTok.EndCol);
            }
            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (Is(TokenKind.Newline)) throw ErrorAtToken("expected ':'", Cur);
            if (!Is(TokenKind.Colon))
            {
                type = ParseExpression();
                if (Is(TokenKind.Comma))
                {
                    Token tStart = Cur;
                    var exprs = new List<ExprNode> { type };
                    while (Accept(TokenKind.Comma)) { if (!StartsExpression()) break; exprs.Add(ParseExpression()); }
                    if (AcceptKeyword("as") && IsNameToken()) Advance();
                    Token last = _tokens[_pos - 1];
                    throw ErrorAt("multiple exception types must be parenthesized", type.Lineno, type.ColOffset, last.EndLine, last.EndCol);
                }
                if (AcceptKeyword("as")) name = ExpectName();
            }
            else if (isStar) throw ErrorAtToken("expected one or more exception types", Cur);
            ExpectColon();
            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", exceptTok.Line);
            handlers.Add(Finish(new ExceptHandler { Type = type, Name = name, Body = handlerBody }, exceptTok));
        }
        var orelse = new List<StmtNode>();
        var finalbody = new List<StmtNode>();
        if (handlers.Count > 0 && IsKeyword("else")) orelse = ParseElseBlock();
        if (IsKeyword("finally"))
        {
            Token fin = Advance();
            ExpectColon(forced: true);
            finalbody = ParseBlock("'finally' statement", fin.Line);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            if (Is(TokenKind.ErrorToken)) ThrowTokenizerError();
            throw ErrorAtToken("expected 'except' or 'finally' block", Cur);
        }
        if (star == true)
            return Finish(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        return Finish(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
    }
}
