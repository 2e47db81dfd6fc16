using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>Function and lambda parameter lists (<c>parameters</c>, <c>lambda_parameters</c>).</summary>
internal sealed partial class Parser
{
    /// <summary>Parses parameters up to (not including) ')' or, for a lambda, ':'.</summary>
    private Arguments ParseParameters(bool lambda)
    {
        var args = new Arguments();
        TokenKind close = lambda ? TokenKind.Colon : TokenKind.RPar;
        var plain = new List<Arg>();
        var defaults = new List<ExprNode>();
        bool sawSlash = false, sawStar = false, sawKwargs = false;
        Arg? lastParam = null;
        while (!Is(close))
        {
            Token t = Cur;
            if (sawKwargs)
                throw ErrorAtToken("arguments cannot follow var-keyword argument", t);
            if (t.Kind == TokenKind.LPar && !sawStar && !sawSlash && defaults.Count == 0) throw ParenthesizedParameters(lambda);
            if (t.Kind == TokenKind.Slash)
            {
                if (sawSlash) throw ErrorAtToken("/ may appear only once", t);
                if (sawStar) throw ErrorAtToken("/ must be ahead of *", t);
                if (plain.Count == 0)
                {
                    if (_tokens[Math.Min(_pos + 1, _tokens.Length - 1)].Kind == TokenKind.Comma) throw ErrorAtToken("at least one argument must precede /", t);
                    throw Fail();
                }
                Advance();
                sawSlash = true;
                if (Is(TokenKind.Star)) throw ErrorAtToken("expected comma between / and *", Cur);
                args.Posonlyargs = plain;
                plain = new List<Arg>();
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (sawStar) throw ErrorAtToken("* argument may appear only once", t);
                Advance();
                sawStar = true;
                if (Is(TokenKind.Comma))
                {
                    // bare '*': keyword-only parameters must follow
                    Token after = Peek();
                    if (after.Kind == close || after.Kind == TokenKind.DoubleStar)
                        throw ErrorAtToken("named arguments must follow bare *", lambda ? after : t);
                }
                else if (Is(close))
                    throw ErrorAtToken("named arguments must follow bare *", lambda ? Cur : t);
                else
                {
                    args.Vararg = lastParam = ParseParam(lambda, starAnnotation: true);
                    if (Is(TokenKind.Equal))
                        throw ErrorAtToken("var-positional argument cannot have default value", Cur);
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                args.Kwarg = lastParam = ParseParam(lambda, starAnnotation: false);
                if (Is(TokenKind.Equal))
                    throw ErrorAtToken("var-keyword argument cannot have default value", Cur);
                sawKwargs = true;
            }
            else
            {
                Arg a = lastParam = ParseParam(lambda, starAnnotation: false);
                ExprNode? dflt = null;
                if (Accept(TokenKind.Equal))
                {
                    if (Is(TokenKind.Comma) || !lambda && Is(TokenKind.RPar))
                        throw ErrorAtToken("expected default value expression", _tokens[_pos - 1]);
                    dflt = ParseExpression();
                }
                if (sawStar)
                {
                    args.Kwonlyargs.Add(a);
                    args.KwDefaults.Add(dflt!);
                }
                else
                {
                    plain.Add(a);
                    if (dflt != null) defaults.Add(dflt);
                    else if (defaults.Count > 0)
                        throw ErrorAtNode("non-default argument follows default argument", a);
                }
            }
            if (!Accept(TokenKind.Comma))
            {
                AcceptParamTypeComment(lastParam);
                break;
            }
            AcceptParamTypeComment(lastParam);
        }
        if (!Is(close)) throw Fail();
        args.Args = plain;
        args.Defaults = defaults;
        return args;
    }

    /// <summary>CPython 3.11 invalid_parameters: "def f((a, b)):" (Python 2 tuple parameters).</summary>
    private Diagnostics.SyntaxErrorException ParenthesizedParameters(bool lambda)
    {
        // Only '(' NAME (',' NAME)* [','] ')' qualifies; anything else is a generic error.
        Token open = Cur;
        int i = _pos + 1;
        bool expectName = true;
        for (; i < _tokens.Length; i++)
        {
            Token k = _tokens[i];
            if (expectName)
            {
                if (k.Kind == TokenKind.RPar && i > _pos + 1 && _tokens[i - 1].Kind == TokenKind.Comma) break;
                if (k.Kind != TokenKind.Name || Keywords.IsHardKeyword(k.Text)) return Fail();
                expectName = false;
            }
            else if (k.Kind == TokenKind.Comma) expectName = true;
            else if (k.Kind == TokenKind.RPar) break;
            else return Fail();
        }
        if (i >= _tokens.Length) return Fail();
        Token close = _tokens[i];
        string what = lambda ? "Lambda expression" : "Function";
        return ErrorAt($"{what} parameters cannot be parenthesized", open.Line, open.Col, close.EndLine, close.EndCol);
    }

    private Arg ParseParam(bool lambda, bool starAnnotation)
    {
        Token nameTok = Cur;
        string name = ExpectName();
        ExprNode? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
            annotation = starAnnotation ? ParseStarExpression() : ParseExpression();
        return Finish(new Arg { ArgName = name, Annotation = annotation }, nameTok);
    }

    /// <summary>A per-parameter <c># type:</c> comment attaches to the parameter before it.</summary>
    private void AcceptParamTypeComment(Arg? last)
    {
        if (!Is(TokenKind.TypeComment)) return;
        string text = TypeCommentText(Advance());
        if (last != null) last.TypeComment = text;
    }
}
