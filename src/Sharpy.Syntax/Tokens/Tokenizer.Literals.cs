namespace Sharpy.Syntax.Tokens;

public sealed partial class Tokenizer
{
    // CPython 3.11: Parser/tokenizer.c tok_get (Number and String sections), tok_decimal_tail,
    // verify_end_of_number. The cursor moves exactly as in C so error columns match.

    private TokenKind ReadNumber(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        if (c == '0')
        {
            // Hex, octal or binary -- maybe.
            c = Next();
            if (c == 'x' || c == 'X')
            {
                c = Next();
                do
                {
                    if (c == '_') c = Next();
                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        return RaiseAtCursor("invalid hexadecimal literal");
                    }
                    do { c = Next(); } while (IsHexDigit(c));
                } while (c == '_');
                if (!VerifyEndOfNumber(c, "hexadecimal")) return TokenKind.ErrorToken;
            }
            else if (c == 'o' || c == 'O')
            {
                c = Next();
                do
                {
                    if (c == '_') c = Next();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) return RaiseAtCursor($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        return RaiseAtCursor("invalid octal literal");
                    }
                    do { c = Next(); } while ('0' <= c && c < '8');
                } while (c == '_');
                if (IsDigit(c)) return RaiseAtCursor($"invalid digit '{(char)c}' in octal literal");
                if (!VerifyEndOfNumber(c, "octal")) return TokenKind.ErrorToken;
            }
            else if (c == 'b' || c == 'B')
            {
                c = Next();
                do
                {
                    if (c == '_') c = Next();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) return RaiseAtCursor($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        return RaiseAtCursor("invalid binary literal");
                    }
                    do { c = Next(); } while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigit(c)) return RaiseAtCursor($"invalid digit '{(char)c}' in binary literal");
                if (!VerifyEndOfNumber(c, "binary")) return TokenKind.ErrorToken;
            }
            else
            {
                bool nonzero = false;
                // maybe old-style octal; c is first char of it; in any case, allow '0' as a literal
                while (true)
                {
                    if (c == '_')
                    {
                        c = Next();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            return RaiseAtCursor("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = Next();
                }
                int zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                    if (c == 0) return TokenKind.ErrorToken;
                }
                if (c == '.')
                {
                    c = Next();
                    return Fraction(c, out pStart, out pEnd);
                }
                if (c == 'e' || c == 'E') return Exponent(c, out pStart, out pEnd);
                if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
                if (nonzero)
                {
                    // Old-style octal: now disallowed. CPython passes byte offsets here unconverted.
                    Backup(c);
                    return RaiseRange(Utf8Col(_lineStart, _tokStart) + 1, Utf8Col(_lineStart, zerosEnd),
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                }
                if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.ErrorToken;
            }
        }
        else
        {
            // Decimal
            c = DecimalTail();
            if (c == 0) return TokenKind.ErrorToken;
            if (c == '.')
            {
                c = Next();
                return Fraction(c, out pStart, out pEnd);
            }
            return AfterFraction(c, out pStart, out pEnd);
        }
        Backup(c);
        pStart = _tokStart;
        pEnd = _pos;
        return TokenKind.Number;
    }

    /// <summary>Entry from ".5": <paramref name="c"/> is the digit after the dot.</summary>
    private TokenKind ReadFraction(int c, out int pStart, out int pEnd) => Fraction(c, out pStart, out pEnd);

    private TokenKind Fraction(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == 0) return TokenKind.ErrorToken;
        }
        return AfterFraction(c, out pStart, out pEnd);
    }

    private TokenKind AfterFraction(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        if (c == 'e' || c == 'E') return Exponent(c, out pStart, out pEnd);
        if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
        if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.ErrorToken;
        Backup(c);
        pStart = _tokStart;
        pEnd = _pos;
        return TokenKind.Number;
    }

    private TokenKind Exponent(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        int e = c;
        c = Next();
        if (c == '+' || c == '-')
        {
            c = Next();
            if (!IsDigit(c))
            {
                Backup(c);
                return RaiseAtCursor("invalid decimal literal");
            }
        }
        else if (!IsDigit(c))
        {
            Backup(c);
            if (!VerifyEndOfNumber(e, "decimal")) return TokenKind.ErrorToken;
            Backup(e);
            pStart = _tokStart;
            pEnd = _pos;
            return TokenKind.Number;
        }
        c = DecimalTail();
        if (c == 0) return TokenKind.ErrorToken;
        if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
        if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.ErrorToken;
        Backup(c);
        pStart = _tokStart;
        pEnd = _pos;
        return TokenKind.Number;
    }

    private TokenKind Imaginary(out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        int c = Next();
        if (!VerifyEndOfNumber(c, "imaginary")) return TokenKind.ErrorToken;
        Backup(c);
        pStart = _tokStart;
        pEnd = _pos;
        return TokenKind.Number;
    }

    /// <summary>Reads digits and single underscores; returns the next char, or 0 after an error.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do { c = Next(); } while (IsDigit(c));
            if (c != '_') break;
            c = Next();
            if (!IsDigit(c))
            {
                Backup(c);
                RaiseAtCursor("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    private bool VerifyEndOfNumber(int c, string kind)
    {
        // A literal followed by one of the keywords that may legally follow it ("1if x else y") only
        // warns; any other identifier character is an error.
        bool r = false;
        switch (c)
        {
            case 'a': r = LookAhead("nd"); break;
            case 'e': r = LookAhead("lse"); break;
            case 'f': r = LookAhead("or"); break;
            case 'i':
                {
                    int c2 = Next();
                    r = c2 == 'f' || c2 == 'n' || c2 == 's';
                    Backup(c2);
                    break;
                }
            case 'o': r = LookAhead("r"); break;
            case 'n': r = LookAhead("ot"); break;
        }
        if (r)
        {
            Backup(c);
            if (!Warn("SyntaxWarning", $"invalid {kind} literal")) return false;
            Next();
        }
        else if (IsPotentialIdentifierChar(c))
        {
            Backup(c);
            RaiseAtCursor($"invalid {kind} literal");
            return false;
        }
        return true;
    }

    private bool LookAhead(string test)
    {
        // Compares the chars after the current one without moving the cursor.
        int p = _pos;
        for (int i = 0; i < test.Length; i++)
        {
            if (p + i >= _len || _src[p + i] != test[i]) return false;
        }
        int after = p + test.Length;
        return !(after < _len && IsPotentialIdentifierChar(_src[after]));
    }

    private static bool IsHexDigit(int c) => c >= 0 && c < 128 && char.IsAsciiHexDigit((char)c);

    private TokenKind ReadString(int quote, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        int quoteSize = 1, endQuoteSize = 0;
        // Strings, especially multi-line ones, take their start position from their first line.
        _firstLineNo = _lineNo;
        _multiLineStart = _lineStart;

        int c = Next();
        if (c == quote)
        {
            c = Next();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1; // empty string found
        }
        if (c != quote) Backup(c);

        // Get rest of string
        string src = _src;
        while (endQuoteSize != quoteSize)
        {
            // Fast path: ordinary characters (no quote, backslash or newline) cannot change any state.
            if (endQuoteSize == 0 && _pos != _nextLineStart)
            {
                int p = _pos;
                while (p < _len)
                {
                    char ch = src[p];
                    if (ch == quote || ch == '\\' || ch == '\n') break;
                    p++;
                }
                _pos = p;
            }
            c = Next();
            if (c == Eof || (quoteSize == 1 && c == '\n'))
                return UnterminatedStringError(quoteSize);
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\') Next(); // skip escaped char
            }
        }
        pStart = _tokStart;
        pEnd = _pos;
        return TokenKind.String;
    }
}
