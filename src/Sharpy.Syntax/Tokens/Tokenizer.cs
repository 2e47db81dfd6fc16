using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tokens;

/// <summary>
/// CPython 3.11's C tokenizer (Parser/tokenizer.c tok_get) as the parser sees it: no COMMENT/NL
/// tokens, NEWLINE/INDENT/DEDENT, implicit line joining in brackets, backslash continuation, keywords
/// as <see cref="TokenKind.Name"/>, whole string literals (f-strings included) as one
/// <see cref="TokenKind.String"/>.
/// <para>
/// Positions: <see cref="Token.Line"/>/<see cref="Token.Col"/> are CPython's <c>lineno</c>/<c>col_offset</c>
/// (UTF-8 bytes). <see cref="Token.Start"/>/<see cref="Token.End"/> index <see cref="Source"/>, the
/// source with newlines translated to <c>\n</c> (and a final <c>\n</c> appended for exec input), which
/// may differ from the string passed in. NEWLINE is zero-width at the <c>\n</c> unless a comment precedes
/// it on the line (then it starts at the <c>#</c>, as in CPython). INDENT, DEDENT and ENDMARKER have no
/// position in CPython (<c>col_offset == -1</c>); here they sit where CPython's cursor is when they are
/// produced, zero-width, which is what CPython's error reporting falls back to: an error reported at
/// such a token has <c>offset = Col</c> (converted to characters) and <c>end_offset = -1</c>.
/// </para>
/// </summary>
public sealed partial class Tokenizer
{
    private const int Eof = -1;
    private const int MaxIndent = 100;   // CPython 3.11: Parser/tokenizer.h MAXINDENT
    private const int MaxLevel = 200;    // MAXLEVEL
    private const int TabSize = 8;

    private readonly string _src;
    private readonly int _len;
    private readonly string _filename;
    private readonly TokenizerOptions _options;

    // tok->cur, tok->lineno, tok->line_start; a line is "read" (lineno advances) only when its first
    // character is consumed, exactly like CPython's line-by-line underflow.
    private int _pos;
    private int _lineNo;
    private int _lineStart;
    private int _nextLineStart;
    private int _tokStart;

    private bool _atBol = true;
    private bool _blankLine;
    private readonly int[] _indStack = new int[MaxIndent + 1];
    private readonly int[] _altIndStack = new int[MaxIndent + 1];
    private int _indent;
    private int _pendIn;

    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenLine = new int[MaxLevel];
    private readonly int[] _parenCol = new int[MaxLevel];
    private int _level;

    // For STRING tokens: tok->first_lineno and tok->multi_line_start.
    private int _firstLineNo;
    private int _multiLineStart;

    // UTF-8 column cache: bytes between _colLineStart and _colIdx.
    private int _colLineStart = -1;
    private int _colIdx;
    private int _colBytes;
    // Index of the first non-ASCII character at or after the current line's start (or the end).
    private int _lineAsciiEnd;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public Tokenizer(string source, string filename, TokenizerOptions? options = null)
    {
        _options = options ?? TokenizerOptions.Default;
        _filename = filename;
        _src = SourceText.TranslateNewlines(source, _options.ImplicitNewline || _options.FStringExpression);
        _len = _src.Length;
    }

    /// <summary>The text the token positions index (newlines translated, final newline added).</summary>
    public string Source => _src;

    public string Filename => _filename;

    /// <summary>The SyntaxError to raise when the parser reaches the final <see cref="TokenKind.ErrorToken"/>.</summary>
    public SyntaxErrorException? Error { get; private set; }

    /// <summary>How CPython's parser treats <see cref="Error"/> (see <see cref="TokenizerErrorKind"/>).</summary>
    public TokenizerErrorKind ErrorKind { get; private set; }

    /// <summary>
    /// When the stream ended in an error while brackets were open: the line of the innermost open
    /// bracket (CPython's <c>parenlinenostack[level-1]</c>), else 0. CPython's parser, after a generic
    /// syntax error on a later line, reports <see cref="UnclosedBracketError"/> instead
    /// (Parser/pegen.c _PyPegen_tokenize_full_source_to_check_for_errors).
    /// </summary>
    public int UnclosedBracketLine { get; private set; }

    /// <summary>"'(' was never closed" for the innermost open bracket at the error, else null.</summary>
    public SyntaxErrorException? UnclosedBracketError { get; private set; }

    // Scratch buffer reused per thread: tokens are collected here and copied once into an exactly
    // sized array, which halves allocation compared with a growing (or over-estimated) List.
    [ThreadStatic] private static Token[]? t_scratch;
    private const int MaxCachedScratch = 1 << 18;

    /// <summary>Tokenizes the whole source. The list ends with EndMarker or with one ErrorToken.</summary>
    public List<Token> Tokenize() => [.. TokenizeToArray()];

    /// <summary>Tokenizes the whole source into an exactly sized array (what the parser reads).</summary>
    public Token[] TokenizeToArray()
    {
        Token[] buffer = t_scratch ?? new Token[1024];
        t_scratch = null; // re-entrancy safe: a nested Tokenize() on this thread gets its own buffer
        int count = 0;
        while (true)
        {
            TokenKind kind = Get(out int start, out int end);
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            buffer[count++] = MakeToken(kind, start, end);
            if (kind == TokenKind.EndMarker || kind == TokenKind.ErrorToken) break;
        }
        Token[] tokens = buffer.AsSpan(0, count).ToArray();
        if (buffer.Length <= MaxCachedScratch)
        {
            // Drop string references so the scratch buffer keeps no source text alive.
            Array.Clear(buffer, 0, count);
            t_scratch = buffer;
        }
        return tokens;
    }

    private Token MakeToken(TokenKind kind, int start, int end)
    {
        if (start < 0) start = end = _pos;
        int line, col;
        if (kind == TokenKind.String)
        {
            line = _firstLineNo;
            col = Utf8Col(_multiLineStart, start);
        }
        else
        {
            line = _lineNo;
            col = Utf8Col(_lineStart, start);
        }
        int endLine = _lineNo;
        int endCol = Utf8Col(_lineStart, end);
        if (line == 0) line = 1;   // empty input: no line was read
        if (endLine == 0) endLine = 1;
        if (_options.ColOffset != 0 && _lineNo <= 1)
        {
            col += _options.ColOffset;
            endCol += _options.ColOffset;
        }
        line += _options.LineOffset;
        endLine += _options.LineOffset;
        string text = kind switch
        {
            TokenKind.Name => Intern(start, end),
            TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker
                or TokenKind.ErrorToken => "",
            TokenKind.Number or TokenKind.String or TokenKind.TypeComment or TokenKind.TypeIgnore or TokenKind.Op
                or TokenKind.NotEqual => _src.Substring(start, end - start),
            _ => OperatorText[(int)kind] ?? _src.Substring(start, end - start),
        };
        return new Token(kind, text, line, col, endLine, endCol, start, end);
    }

    private string Intern(int start, int end)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> span = _src.AsSpan(start, end - start);
        if (!lookup.TryGetValue(span, out string? name))
        {
            name = span.ToString();
            _names[name] = name;
        }
        return name;
    }

    // ---- cursor (tok_nextc / tok_backup) ----

    private int Next()
    {
        int p = _pos;
        if (p >= _len) return Eof;
        if (p == _nextLineStart)
        {
            _lineNo++;
            _lineStart = p;
            _nextLineStart = -1;
            _lineAsciiEnd = FindAsciiEnd(p);
        }
        char c = _src[p];
        _pos = p + 1;
        if (c == '\n') _nextLineStart = p + 1;
        return c;
    }

    private void Backup(int c)
    {
        if (c != Eof) _pos--;
    }

    /// <summary>End of the all-ASCII prefix of the line starting at <paramref name="lineStart"/>.</summary>
    private int FindAsciiEnd(int lineStart)
    {
        ReadOnlySpan<char> rest = _src.AsSpan(lineStart);
        int nl = rest.IndexOf('\n');
        if (nl >= 0) rest = rest[..(nl + 1)];
        int nonAscii = rest.IndexOfAnyExceptInRange('\0', '\u007f');
        return nonAscii < 0 ? lineStart + rest.Length : lineStart + nonAscii;
    }

    /// <summary>UTF-8 byte count of <c>_src[lineStart..idx]</c>, cached for monotonic queries.</summary>
    private int Utf8Col(int lineStart, int idx)
    {
        // Most lines are ASCII: columns are then plain differences.
        if (lineStart == _lineStart && idx <= _lineAsciiEnd) return idx - lineStart;
        int i, bytes;
        if (lineStart == _colLineStart && idx >= _colIdx)
        {
            i = _colIdx;
            bytes = _colBytes;
        }
        else
        {
            i = lineStart;
            bytes = 0;
        }
        string s = _src;
        for (; i < idx; i++)
        {
            char ch = s[i];
            bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : char.IsSurrogate(ch) ? 2 : 3;
        }
        _colLineStart = lineStart;
        _colIdx = idx;
        _colBytes = bytes;
        return bytes;
    }

    // ---- tok_get ----

    private TokenKind Get(out int pStart, out int pEnd)
    {
        int c;
        pStart = pEnd = -1;

    nextline:
        _blankLine = false;

        // Get indentation level
        if (_atBol)
        {
            int col = 0, altcol = 0, contLineCol = 0;
            _atBol = false;
            for (;;)
            {
                c = Next();
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t') { col = (col / TabSize + 1) * TabSize; altcol++; }
                else if (c == '\f') { col = altcol = 0; }
                else if (c == '\\')
                {
                    // Indentation cannot be split over lines with backslashes: the first backslash
                    // found after whitespace fixes the indentation (CPython 3.11: tok_continuation_line).
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    if (Next() != '\n') return LineContinuationError();
                    int next = Next();
                    if (next == Eof) return BackslashEofError();
                    Backup(next);
                }
                else break;
            }
            Backup(c);
            if (contLineCol != 0)
            {
                col = contLineCol;
                altcol = contLineCol;
            }
            if (c == '#' || c == '\n')
            {
                // Lines with only whitespace and/or comments don't affect indentation.
                _blankLine = true;
            }
            if (!_blankLine && _level == 0)
            {
                if (col == _indStack[_indent])
                {
                    if (altcol != _altIndStack[_indent]) return TabSpaceError();
                }
                else if (col > _indStack[_indent])
                {
                    if (_indent + 1 >= MaxIndent) return TooDeepError();
                    if (altcol <= _altIndStack[_indent]) return TabSpaceError();
                    _pendIn++;
                    _indStack[++_indent] = col;
                    _altIndStack[_indent] = altcol;
                }
                else
                {
                    while (_indent > 0 && col < _indStack[_indent])
                    {
                        _pendIn--;
                        _indent--;
                    }
                    if (col != _indStack[_indent]) return DedentError();
                    if (altcol != _altIndStack[_indent]) return TabSpaceError();
                }
            }
        }

        _tokStart = _pos;
        // Return pending indents/dedents
        if (_pendIn != 0)
        {
            if (_pendIn < 0)
            {
                _pendIn++;
                return TokenKind.Dedent;
            }
            _pendIn--;
            return TokenKind.Indent;
        }

    again:
        // Skip spaces (the first Next() may start a new line; the rest stay on it)
        c = Next();
        if (c == ' ' || c == '\t' || c == '\f')
        {
            int p = _pos;
            string s = _src;
            while (p < _len && (s[p] == ' ' || s[p] == '\t' || s[p] == '\f')) p++;
            _pos = p;
            c = Next();
        }

        _tokStart = c == Eof ? _pos : _pos - 1;

        // Skip comment, unless it's a type comment
        if (c == '#')
        {
            while (c != Eof && c != '\n') c = Next();
            if (_options.TypeComments && TryTypeComment(c, out TokenKind typeKind, out pStart, out pEnd))
                return typeKind;
        }

        if (c == Eof)
        {
            if (_level > 0) return EofError();
            return TokenKind.EndMarker;
        }

        // Identifier (most frequent token!)
        if (IsPotentialIdentifierStart(c))
        {
            // Process the various legal combinations of b"", r"", u"", and f"".
            bool sawB = false, sawR = false, sawU = false, sawF = false;
            while (true)
            {
                if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                else break;
                c = Next();
                if (c == '"' || c == '\'') return ReadString(c, out pStart, out pEnd);
            }
            bool nonAscii = c >= 128;
            if (IsPotentialIdentifierChar(c))
            {
                // Identifier characters never include '\n', so scan the line directly.
                int p = _pos;
                string s = _src;
                while (p < _len)
                {
                    char ch = s[p];
                    if (ch < 128)
                    {
                        if (!IsAsciiIdentifierChar[ch]) break;
                    }
                    else
                    {
                        nonAscii = true;
                    }
                    p++;
                }
                _pos = p;
            }
            else
            {
                Backup(c);
            }
            if (nonAscii && !VerifyIdentifier()) return TokenKind.ErrorToken;
            pStart = _tokStart;
            pEnd = _pos;
            return TokenKind.Name;
        }

        // Newline
        if (c == '\n')
        {
            _atBol = true;
            if (_blankLine || _level > 0) goto nextline;
            pStart = _tokStart;
            pEnd = _pos - 1; // Leave '\n' out of the string
            return TokenKind.Newline;
        }

        // Period or number starting with period?
        if (c == '.')
        {
            c = Next();
            if (IsDigit(c)) return ReadFraction(c, out pStart, out pEnd);
            if (c == '.')
            {
                c = Next();
                if (c == '.')
                {
                    pStart = _tokStart;
                    pEnd = _pos;
                    return TokenKind.Ellipsis;
                }
                Backup(c);
                Backup('.');
            }
            else
            {
                Backup(c);
            }
            pStart = _tokStart;
            pEnd = _pos;
            return TokenKind.Dot;
        }

        // Number
        if (IsDigit(c)) return ReadNumber(c, out pStart, out pEnd);

        // String
        if (c == '\'' || c == '"') return ReadString(c, out pStart, out pEnd);

        // Line continuation
        if (c == '\\')
        {
            if ((c = Next()) != '\n') return LineContinuationError();
            c = Next();
            if (c == Eof) return BackslashEofError();
            Backup(c);
            goto again; // Read next line
        }

        // Check for two-character token
        {
            int c2 = Next();
            TokenKind two = TwoChars(c, c2);
            if (two != TokenKind.Op)
            {
                int c3 = Next();
                TokenKind three = ThreeChars(c, c2, c3);
                if (three != TokenKind.Op) two = three;
                else Backup(c3);
                pStart = _tokStart;
                pEnd = _pos;
                return two;
            }
            Backup(c2);
        }

        // Keep track of parentheses nesting level
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel) return RaiseAtCursor("too many nested parentheses");
                _parenStack[_level] = (char)c;
                _parenLine[_level] = _lineNo;
                _parenCol[_level] = Utf8Col(_lineStart, _tokStart);
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0) return RaiseAtCursor($"unmatched '{(char)c}'");
                _level--;
                char opening = _parenStack[_level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                {
                    if (_parenLine[_level] != _lineNo)
                    {
                        return RaiseAtCursor(
                            $"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}' on line {_parenLine[_level]}");
                    }
                    return RaiseAtCursor($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}'");
                }
                break;
        }

        if (!Identifiers.IsPrintable(c))
            return RaiseAtCursor($"invalid non-printable character U+{c:X4}");

        // Punctuation character
        pStart = _tokStart;
        pEnd = _pos;
        return OneChar(c);
    }

    private bool TryTypeComment(int c, out TokenKind kind, out int pStart, out int pEnd)
    {
        // CPython 3.11: tokenizer.c tok_get, type_comment_prefix "# type: " (a space matches any run
        // of spaces and tabs).
        const string prefix = "# type: ";
        kind = TokenKind.TypeComment;
        pStart = pEnd = -1;
        int p = _tokStart, k = 0, cur = _pos;
        while (k < prefix.Length && p < cur)
        {
            if (prefix[k] == ' ')
            {
                while (p < _len && (_src[p] == ' ' || _src[p] == '\t')) p++;
            }
            else if (prefix[k] == _src[p])
            {
                p++;
            }
            else
            {
                break;
            }
            k++;
        }
        if (k < prefix.Length) return false;

        Backup(c); // don't eat the newline or EOF
        int typeStart = p, ignoreEnd = p + 6;
        // A TYPE_IGNORE is "type: ignore" followed by the end of the token or anything ASCII and
        // non-alphanumeric.
        bool isIgnore = _pos >= ignoreEnd && string.CompareOrdinal(_src, p, "ignore", 0, 6) == 0
            && !(_pos > ignoreEnd && (_src[ignoreEnd] >= 128 || char.IsAsciiLetterOrDigit(_src[ignoreEnd])));
        if (isIgnore)
        {
            pStart = ignoreEnd;
            pEnd = _pos;
            kind = TokenKind.TypeIgnore;
            // If this type ignore is the only thing on the line, consume the newline also.
            if (_blankLine)
            {
                Next();
                _atBol = true;
            }
        }
        else
        {
            pStart = typeStart;
            pEnd = _pos;
        }
        return true;
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    private static readonly bool[] IsAsciiIdentifierChar = BuildIdentifierTable();

    private static bool[] BuildIdentifierTable()
    {
        var t = new bool[128];
        for (int c = 0; c < 128; c++) t[c] = char.IsAsciiLetterOrDigit((char)c) || c == '_';
        return t;
    }

    private static bool IsPotentialIdentifierStart(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 128;

    private static bool IsPotentialIdentifierChar(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || IsDigit(c) || c == '_' || c >= 128;
}
