using System.Runtime.CompilerServices;
using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

/// <summary>
/// Recursive descent parser for Python 3.11 (CPython's Grammar/python.gram is the spec). It works on a
/// fully tokenized stream and backtracks only by saving/restoring the token index. Positions come from
/// the tokens: a node starts at its first token and ends at the last non-whitespace token consumed.
/// The partial files hold one concern each (statements, expressions, targets, patterns, ...).
/// </summary>
internal sealed partial class Parser
{
    // CPython 3.11: Parser/parser.c MAXSTACK; the parser raises MemoryError beyond this nesting.
    private const int MaxStack = 6000;
    // Approximates the rule depth CPython has already used when the first expression rule runs.
    private const int BaseDepth = 29;

    private readonly Token[] _tokens;
    private readonly string _source;
    private readonly string _filename;
    private readonly ParseOptions _options;
    private readonly SyntaxErrorException? _tokenizerError;
    private readonly Tokenizer _tokenizer;
    private int _pos;
    private int _depth;
    private int _maxPos;

    /// <summary>Set while parsing an f-string replacement field (error messages start with "f-string: ").</summary>
    private readonly bool _inFstring;

    /// <summary>Line numbers of the tokens are shifted by this much (f-string sub-parsers).</summary>
    private readonly int _lineOffset;

    public Parser(Token[] tokens, Tokenizer tokenizer, string filename, ParseOptions options, bool inFstring = false,
        int lineOffset = 0)
    {
        _lineOffset = lineOffset;
        _options = options;
        _tokens = RemoveTypeIgnores(tokens);
        _tokenizer = tokenizer;
        _source = tokenizer.Source;
        _filename = filename;
        _tokenizerError = tokenizer.Error;
        _inFstring = inFstring;
    }

    /// <summary>
    /// TYPE_IGNORE tokens never reach the grammar: CPython's _PyPegen_fill_token collects them.
    /// </summary>
    private Token[] RemoveTypeIgnores(Token[] tokens)
    {
        if (!_options.TypeComments) return tokens;
        var kept = new List<Token>(tokens.Length);
        foreach (Token t in tokens)
        {
            if (t.Kind == TokenKind.TypeIgnore) _typeIgnores.Add(new TypeIgnore { Lineno = t.Line, Tag = t.Text });
            else kept.Add(t);
        }
        return kept.ToArray();
    }

    private Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_pos];
    }

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[_pos].Kind;
    }

    private Token Peek(int ahead = 1)
    {
        int i = _pos + ahead;
        if (i > _maxPos) _maxPos = Math.Min(i, _tokens.Length - 1);
        return i < _tokens.Length ? _tokens[i] : _tokens[^1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Advance()
    {
        Token t = _tokens[_pos];
        if (_pos < _tokens.Length - 1)
        {
            _pos++;
            if (_pos > _maxPos) _maxPos = _pos;
        }
        else if (t.Kind == TokenKind.ErrorToken) ThrowTokenizerError();
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(TokenKind kind) => _tokens[_pos].Kind == kind;

    /// <summary>Whether the current token is the (hard or soft) keyword <paramref name="keyword"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKeyword(string keyword)
    {
        ref readonly Token t = ref _tokens[_pos];
        return t.Kind == TokenKind.Name && t.Text == keyword;
    }

    private bool Accept(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind) return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!IsKeyword(keyword)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind) throw Fail();
        return Advance();
    }

    private Token ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword)) throw Fail();
        return Advance();
    }

    /// <summary>
    /// Expects ':'. CPython reports "expected ':'" at the offending token for forced tokens (&amp;&amp;':')
    /// and, for the other statements, only when the line ends there (their invalid_* rules).
    /// </summary>
    private void ExpectColon(bool forced = false)
    {
        if (Is(TokenKind.Colon)) { Advance(); return; }
        if (Kind is TokenKind.ErrorToken) ThrowTokenizerError();
        if (forced || Kind == TokenKind.Newline) throw ErrorAtToken("expected ':'", Cur);
        throw Fail();
    }

    private string ExpectName()
    {
        Token t = Cur;
        if (t.Kind != TokenKind.Name || Keywords.IsHardKeyword(t.Text)) throw Fail();
        Advance();
        return Identifiers.Normalize(t.Text);
    }

    private bool IsNameToken() => Kind == TokenKind.Name && !Keywords.IsHardKeyword(Cur.Text);

    // ---- positions ----

    /// <summary>The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER (CPython's EXTRA end).</summary>
    private ref readonly Token LastNonWhitespace()
    {
        int m = _pos - 1;
        while (m > 0)
        {
            TokenKind k = _tokens[m].Kind;
            if (k is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)) break;
            m--;
        }
        return ref _tokens[m < 0 ? 0 : m];
    }

    /// <summary>Sets the node's start to <paramref name="start"/> and its end to the last consumed token.</summary>
    private T Finish<T>(T node, in Token start) where T : Node
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Col;
        ref readonly Token last = ref LastNonWhitespace();
        node.EndLineno = last.EndLine;
        node.EndColOffset = last.EndCol;
        return node;
    }

    /// <summary>Sets the node's start to that of <paramref name="startNode"/> and its end to the last consumed token.</summary>
    private T FinishFrom<T>(T node, Node startNode) where T : Node
    {
        node.Lineno = startNode.Lineno;
        node.ColOffset = startNode.ColOffset;
        ref readonly Token last = ref LastNonWhitespace();
        node.EndLineno = last.EndLine;
        node.EndColOffset = last.EndCol;
        return node;
    }

    private static T Span<T>(T node, Node first, Node last) where T : Node
    {
        node.Lineno = first.Lineno; node.ColOffset = first.ColOffset;
        node.EndLineno = last.EndLineno; node.EndColOffset = last.EndColOffset;
        return node;
    }

    private static T AtToken<T>(T node, in Token t) where T : Node
    {
        node.Lineno = t.Line; node.ColOffset = t.Col; node.EndLineno = t.EndLine; node.EndColOffset = t.EndCol;
        return node;
    }

    // ---- depth ----

    /// <summary>Counts one level of rule nesting; CPython's parser gives up with MemoryError at MAXSTACK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth + BaseDepth >= MaxStack || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ParserRecursionException("MemoryError", "");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;
}
