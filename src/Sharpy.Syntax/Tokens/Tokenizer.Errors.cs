using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Syntax.Tokens;

public sealed partial class Tokenizer
{
    // Each error is built with the attributes CPython 3.11 reports for compile(source_string): the
    // tokenizer's own syntaxerror() (Parser/tokenizer.c _syntaxerror_range) or the parser's conversion
    // of tok->done (Parser/pegen.c tokenizer_error / raise_unclosed_parentheses_error).

    private TokenKind Fail(TokenizerErrorKind kind, SyntaxErrorException error)
    {
        if (Error == null)
        {
            Error = error;
            ErrorKind = kind;
            if (_level > 0)
            {
                UnclosedBracketLine = _parenLine[_level - 1];
                UnclosedBracketError = MakeUnclosedBracketError();
            }
        }
        return TokenKind.ErrorToken;
    }

    /// <summary>
    /// syntaxerror(tok, msg): offset = characters up to the cursor, text without newline. Like CPython,
    /// it ignores <see cref="TokenizerOptions.LineOffset"/>: an error in an f-string expression is
    /// reported on line 1 of the "(expr)" text.
    /// </summary>
    private TokenKind RaiseAtCursor(string msg)
    {
        int offset = CodePoints(_lineStart, _pos);
        return Fail(TokenizerErrorKind.Raised, new SyntaxErrorException("SyntaxError", msg, _filename,
            _lineNo, offset, LineText(_lineStart, false), _lineNo, offset));
    }

    /// <summary>syntaxerror_known_range: CPython passes these byte offsets through unconverted.</summary>
    private TokenKind RaiseRange(int offset, int endOffset, string msg) =>
        Fail(TokenizerErrorKind.Raised, new SyntaxErrorException("SyntaxError", msg, _filename,
            _lineNo, offset, LineText(_lineStart, false), _lineNo, endOffset));

    private TokenKind UnterminatedStringError(int quoteSize)
    {
        // Report from the string's first character, on its first line.
        int detectedAt = _lineNo;
        _pos = _tokStart + 1;
        _lineStart = _multiLineStart;
        _lineAsciiEnd = FindAsciiEnd(_lineStart);
        _lineNo = _firstLineNo;
        return RaiseAtCursor(quoteSize == 3
            ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
            : $"unterminated string literal (detected at line {detectedAt})");
    }

    private TokenKind TabSpaceError() => LineError(TokenizerErrorKind.TabSpace, "TabError",
        "inconsistent use of tabs and spaces in indentation");

    private TokenKind TooDeepError() => LineError(TokenizerErrorKind.TooDeep, "IndentationError",
        "too many levels of indentation");

    /// <summary>E_TABSPACE/E_TOODEEP: offset 1, end offset 0, the whole line as text.</summary>
    private TokenKind LineError(TokenizerErrorKind kind, string type, string msg)
    {
        int line = _lineNo + _options.LineOffset;
        return Fail(kind, new SyntaxErrorException(type, msg, _filename, line, 1, LineText(_lineStart, true), line, 0));
    }

    /// <summary>E_DEDENT: the cursor is moved to the end of the line, which is the reported offset.</summary>
    private TokenKind DedentError()
    {
        int line = _lineNo + _options.LineOffset;
        int offset = CodePoints(_lineStart, LineEnd(_lineStart, true));
        return Fail(TokenizerErrorKind.Dedent, new SyntaxErrorException("IndentationError",
            "unindent does not match any outer indentation level", _filename, line, offset,
            LineText(_lineStart, true), line, -1));
    }

    private TokenKind LineContinuationError()
    {
        int line = _lineNo + _options.LineOffset;
        int offset = CodePoints(_lineStart, _pos);
        return Fail(TokenizerErrorKind.LineContinuation, new SyntaxErrorException("SyntaxError",
            "unexpected character after line continuation character", _filename, line, offset,
            LineText(_lineStart, true), line, 0));
    }

    /// <summary>End of input after a backslash continuation.</summary>
    private TokenKind BackslashEofError()
    {
        if (_level > 0) return EofError();
        int line = _lineNo + _options.LineOffset;
        int offset = CodePoints(_lineStart, LineEnd(_lineStart, true));
        return Fail(TokenizerErrorKind.Eof, new SyntaxErrorException("SyntaxError", "unexpected EOF while parsing",
            _filename, line, offset, LineText(_lineStart, true), line, -1));
    }

    /// <summary>End of input inside brackets.</summary>
    private TokenKind EofError()
    {
        Fail(TokenizerErrorKind.Eof, MakeUnclosedBracketError());
        return TokenKind.ErrorToken;
    }

    private SyntaxErrorException MakeUnclosedBracketError()
    {
        int parenLine = _parenLine[_level - 1];
        int lineStart = FindLineStart(parenLine);
        // The text carries its newline only when it is the line the tokenizer stopped on.
        string text = LineText(lineStart, parenLine == _lineNo);
        int offset = CharsInUtf8Prefix(lineStart, _parenCol[_level - 1] + 1);
        int line = parenLine + _options.LineOffset;
        return new SyntaxErrorException("SyntaxError", $"'{_parenStack[_level - 1]}' was never closed", _filename,
            line, offset, text, line, 0);
    }

    private bool VerifyIdentifier()
    {
        // CPython 3.11: tokenizer.c verify_identifier (scan the raw characters, no NFKC).
        int i = _tokStart;
        bool first = true;
        while (i < _pos)
        {
            int cp = CodePointAt(i, out int width);
            bool ok = first ? Identifiers.IsStart(cp) : Identifiers.IsContinue(cp);
            if (!ok)
            {
                // Point the cursor just past the offending character.
                _pos = i + width;
                string hex = cp.ToString("X4");
                return RaiseAtCursor(Identifiers.IsPrintable(cp)
                    ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{hex})"
                    : $"invalid non-printable character U+{hex}") != TokenKind.ErrorToken;
            }
            first = false;
            i += width;
        }
        return true;
    }

    private int CodePointAt(int i, out int width)
    {
        char ch = _src[i];
        if (char.IsHighSurrogate(ch) && i + 1 < _len && char.IsLowSurrogate(_src[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(ch, _src[i + 1]);
        }
        width = 1;
        return ch;
    }

    /// <summary>Reports a tokenizer warning; false when the warning must become a SyntaxError.</summary>
    private bool Warn(string category, string msg)
    {
        var warn = _options.Warn;
        if (warn == null || !warn(category, msg, _lineNo)) return true; // parser_warn: tok->lineno
        RaiseAtCursor(msg);
        return false;
    }

    // ---- line helpers ----

    private int CodePoints(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to && i < _len; i++)
        {
            if (!char.IsLowSurrogate(_src[i])) n++;
        }
        return n;
    }

    /// <summary>Characters covered (even partly) by the first <paramref name="bytes"/> UTF-8 bytes.</summary>
    private int CharsInUtf8Prefix(int lineStart, int bytes)
    {
        int n = 0, b = 0;
        for (int i = lineStart; i < _len && b < bytes; i++)
        {
            char ch = _src[i];
            if (char.IsLowSurrogate(ch)) { b += 2; continue; }
            b += ch < 0x80 ? 1 : ch < 0x800 ? 2 : char.IsHighSurrogate(ch) ? 2 : 3;
            n++;
        }
        return n;
    }

    private int LineEnd(int lineStart, bool includeNewline)
    {
        int nl = _src.IndexOf('\n', lineStart);
        if (nl < 0) return _len;
        return includeNewline ? nl + 1 : nl;
    }

    private string LineText(int lineStart, bool includeNewline) =>
        _src.Substring(lineStart, LineEnd(lineStart, includeNewline) - lineStart);

    private int FindLineStart(int lineNo)
    {
        int start = 0;
        for (int l = 1; l < lineNo; l++)
        {
            int nl = _src.IndexOf('\n', start);
            if (nl < 0) break;
            start = nl + 1;
        }
        return start;
    }
}
