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
            if (t.Kind == TokenKind.Slash)
            {
                if (sawSlash) throw ErrorAtToken("/ may appear only once", t);
                if (sawStar) throw ErrorAtToken("/ must be ahead of *", t);
                if (plain.Count == 0) throw ErrorAtToken("at least one argument must precede /", t);
                Advance();
                sawSlash = true;
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
                        throw ErrorAtToken("named arguments must follow bare *", t);
                }
                else if (Is(close))
                    throw ErrorAtToken("named arguments must follow bare *", t);
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
                if (Accept(TokenKind.Equal)) dflt = ParseExpression();
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
