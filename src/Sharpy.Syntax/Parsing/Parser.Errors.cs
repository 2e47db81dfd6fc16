using Sharpy.Syntax.Ast;
using Attribute = Sharpy.Syntax.Ast.Attribute;
using Tuple = Sharpy.Syntax.Ast.Tuple;
using List = Sharpy.Syntax.Ast.List;
using Expression = Sharpy.Syntax.Ast.Expression;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Parsing;

internal sealed partial class Parser
{
    private int[]? _lineStarts;

    /// <summary>
    /// After the parser raised a SyntaxError, CPython tokenizes the rest of the source: a lexical error
    /// there wins, and so does an unclosed bracket opened on an earlier line than the error.
    /// CPython 3.11: Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors.
    /// </summary>
    internal SyntaxErrorException PreferTokenizerError(SyntaxErrorException e)
    {
        if (ReferenceEquals(e, _tokenizerError) || _tokens[^1].Kind != TokenKind.ErrorToken) return e;
        if (_tokenizer.ErrorKind == TokenizerErrorKind.Raised && _tokenizerError != null) return _tokenizerError;
        int errLine = _tokens[Math.Min(_maxPos, _tokens.Length - 1)].Line;
        if (_tokenizer.UnclosedBracketError != null && errLine > _tokenizer.UnclosedBracketLine)
            return _tokenizer.UnclosedBracketError;
        return e;
    }

    /// <summary>Raises the tokenizer's deferred error (the stream ends with an ErrorToken).</summary>
    private void ThrowTokenizerError()
    {
        if (_tokenizerError != null) throw _tokenizerError;
        Token t = _tokens[^1];
        throw ErrorAt("invalid syntax", t.Line, t.Col, t.EndLine, t.EndCol);
    }

    /// <summary>
    /// The generic failure at the current token.
    /// CPython 3.11: Parser/pegen_errors.c _PyPegen_set_syntax_error.
    /// </summary>
    private SyntaxErrorException Fail()
    {
        // CPython reports a generic error at the furthest token it has fetched.
        Token t = _tokens[Math.Max(_pos, Math.Min(_maxPos, _tokens.Length - 1))];
        if (t.Kind == TokenKind.ErrorToken) ThrowTokenizerError();
        if (t.Kind == TokenKind.Indent) return ErrorAtToken("unexpected indent", t, "IndentationError");
        if (t.Kind == TokenKind.Dedent) return ErrorAtToken("unexpected unindent", t, "IndentationError");
        SpecificErrors();
        if ((t.Kind == TokenKind.EndMarker || IsImpliedNewline(t)) && !_options.FileInput
            && LineText(t.Line) is { Length: > 0 } lastLine && lastLine[^1] != '\n')
        {
            // An eval/single source without a final newline: CPython's ENDMARKER there has column -1,
            // which RAISE_SYNTAX_ERROR_KNOWN_LOCATION turns into offset 0 and end offset 0.
            return new SyntaxErrorException("SyntaxError", "invalid syntax", _filename, t.Line, 0, LineText(t.Line), t.Line, 0);
        }
        return ErrorAtToken("invalid syntax", t);
    }

    /// <summary>The NEWLINE that single-input mode reads in place of the first ENDMARKER (it covers no text).</summary>
    private bool IsImpliedNewline(in Token t) => t.Kind == TokenKind.Newline && t.Start == t.End && t.Start >= _source.Length;

    private SyntaxErrorException ErrorAtToken(string message, in Token t, string type = "SyntaxError")
    {
        if (t.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker || IsImpliedNewline(t))
        {
            // CPython's INDENT/DEDENT/ENDMARKER have no position: the error points at the tokenizer's
            // cursor (offset not incremented) and has no end.
            var e = ErrorAt(message, t.Line, t.Col, t.Line, t.Col, type);
            int offset = _options.FileInput && AtEndOfInput(t) ? 0 : e.Offset - 1;
            return new SyntaxErrorException(e.PythonType, e.Msg, e.Filename, e.Lineno, offset, e.Text, e.EndLineno, -1);
        }
        return ErrorAt(message, t.Line, t.Col, t.EndLine, t.EndCol, type);
    }

    /// <summary>ENDMARKER, or an INDENT/DEDENT produced once the tokenizer reached the end of the source.</summary>
    private bool AtEndOfInput(in Token t)
    {
        Token last = _tokens[^1];
        return t.Kind == TokenKind.EndMarker || (last.Kind == TokenKind.EndMarker && t.Start >= last.Start);
    }

    private SyntaxErrorException ErrorAtNode(string message, Node n)
        => ErrorAt(message, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private SyntaxErrorException ErrorBetween(string message, Node a, Node b)
        => ErrorAt(message, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>An error located just after the previous token (CPython's RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN-like "expected ':'").</summary>
    private SyntaxErrorException ErrorAtPrevEnd(string message)
    {
        // CPython 3.11 reports "expected ':'" at the last token consumed.
        Token prev = _tokens[Math.Max(0, _pos - 1)];
        return ErrorAt(message, prev.Line, prev.Col, prev.EndLine, prev.EndCol);
    }

    /// <summary>Builds a SyntaxError from UTF-8 byte columns, converting them to 1-based character offsets.</summary>
    internal SyntaxErrorException ErrorAt(string message, int line, int byteCol, int endLine, int endByteCol,
        string type = "SyntaxError")
    {
        if (_inFstring && !message.StartsWith("f-string", StringComparison.Ordinal)) message = "f-string: " + message;
        string? text = LineText(line);
        int offset = text == null ? byteCol + 1 : ByteToCharOffset(text, byteCol) + 1;
        int endOffset;
        if (endLine == line) endOffset = text == null ? endByteCol + 1 : ByteToCharOffset(text, endByteCol) + 1;
        else
        {
            string? endText = LineText(endLine);
            endOffset = endText == null ? endByteCol + 1 : ByteToCharOffset(endText, endByteCol) + 1;
        }
        return new SyntaxErrorException(type, message, _filename, line, offset, text, endLine, endOffset);
    }

    /// <summary>The source line (1-based) including its newline, or null if out of range.</summary>
    internal string? LineText(int line)
    {
        _lineStarts ??= ComputeLineStarts(_source);
        line -= _lineOffset;
        if (line < 1 || line > _lineStarts.Length) return null;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : _source.Length;
        return _source.Substring(start, end - start);
    }

    private static int[] ComputeLineStarts(string s)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\n') starts.Add(i + 1);
            else if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }

    /// <summary>Converts a UTF-8 byte column to a code point column within <paramref name="line"/>.</summary>
    internal static int ByteToCharOffset(string line, int byteCol)
    {
        int bytes = 0, chars = 0;
        for (int i = 0; i < line.Length && bytes < byteCol; i++)
        {
            char c = line[i];
            if (c < 0x80) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) { bytes += 4; i++; }
            else bytes += 3;
            chars++;
        }
        if (bytes < byteCol) chars += byteCol - bytes;
        return chars;
    }
}
