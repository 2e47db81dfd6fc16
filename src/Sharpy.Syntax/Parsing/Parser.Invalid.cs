using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>
/// Specific messages for a generic failure, in the spirit of CPython 3.11's invalid_* rules (which it
/// runs in a second pass): they look at what was parsed just before the failure point. As in CPython's
/// second pass, reaching a lexical error while looking further wins over the generic error.
/// </summary>
internal sealed partial class Parser
{
    private HashSet<Node>? _parenthesized;
    private bool _inSpecificErrors;

    // The most recent complete disjunction (start/end token index), for "Perhaps you forgot a comma?".
    private int _lastDisjunctionStart = -1, _lastDisjunctionEnd = -1;

    private void MarkParenthesized(Node n) => (_parenthesized ??= new HashSet<Node>(ReferenceEqualityComparer.Instance)).Add(n);

    private bool IsParenthesized(Node n) => _parenthesized != null && _parenthesized.Contains(n);

    private void NoteDisjunction(int startIndex) { _lastDisjunctionStart = startIndex; _lastDisjunctionEnd = _pos - 1; }

    /// <summary>Runs the specific checks; throws the specific error when one applies.</summary>
    private void SpecificErrors()
    {
        if (_inSpecificErrors) return;
        _inSpecificErrors = true;
        int save = _pos, savedMax = _maxPos;
        try
        {
            LegacyPrintError();
            _pos = save;
            ForgotCommaError();
        }
        finally
        {
            _pos = save;
            _maxPos = savedMax;
            _inSpecificErrors = false;
        }
    }

    /// <summary>CPython 3.11: invalid_legacy_expression ("print x").</summary>
    private void LegacyPrintError()
    {
        if (_pos == 0) return;
        Token prev = _tokens[_pos - 1];
        if (prev.Kind != TokenKind.Name || prev.Text is not ("print" or "exec") || Is(TokenKind.LPar)) return;
        if (!StartsExpression()) return;
        ExprNode b;
        try { b = ParseStarExpressions(); }
        catch (Diagnostics.SyntaxErrorException e) when (!ReferenceEquals(e, _tokenizerError)) { return; }
        throw ErrorAt($"Missing parentheses in call to '{prev.Text}'. Did you mean {prev.Text}(...)?",
            prev.Line, prev.Col, b.EndLineno, b.EndColOffset);
    }

    /// <summary>CPython 3.11: invalid_expression's "invalid syntax. Perhaps you forgot a comma?".</summary>
    private void ForgotCommaError()
    {
        if (_lastDisjunctionEnd != _pos - 1 || _lastDisjunctionStart < 0 || !StartsExpression() || Is(TokenKind.Star)) return;
        Token a = _tokens[_lastDisjunctionStart];
        // !(NAME STRING | SOFT_KEYWORD) at the start of the first expression
        if (a.Kind == TokenKind.Name && (a.Text is "match" or "case" or "_"
            || _tokens[_lastDisjunctionStart + 1].Kind == TokenKind.String)) return;
        ExprNode b;
        try { b = ParseExpression(); }
        catch (Diagnostics.SyntaxErrorException e) when (!ReferenceEquals(e, _tokenizerError)) { return; }
        if (BracketLevelAt(_pos - 1) == 0) return;
        throw ErrorAt("invalid syntax. Perhaps you forgot a comma?", a.Line, a.Col, b.EndLineno, b.EndColOffset);
    }

    /// <summary>How many brackets are open after token <paramref name="index"/>.</summary>
    private int BracketLevelAt(int index)
    {
        int level = 0;
        for (int i = 0; i <= index && i < _tokens.Length; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LPar: case TokenKind.Lsqb: case TokenKind.LBrace: level++; break;
                case TokenKind.RPar: case TokenKind.Rsqb: case TokenKind.RBrace: if (level > 0) level--; break;
            }
        }
        return level;
    }
}
