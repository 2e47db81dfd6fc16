namespace Sharpy.Syntax.Literals;

/// <summary>String prefix letters (case-insensitive, any order CPython accepts).</summary>
[Flags]
public enum StringPrefix
{
    None = 0,
    Bytes = 1,
    Raw = 2,
    Unicode = 4,
    Format = 8,
}

/// <summary>
/// A STRING token split into prefix, quotes and body, with its decoded value.
/// CPython 3.11: Parser/string_parser.c _PyPegen_parse_string, decode_unicode_with_escapes,
/// decode_bytes_with_escapes.
/// </summary>
public sealed class StringLiteral
{
    private StringLiteral(StringPrefix prefix, int quoteLength, char quote, string body, int bodyStart, object? value)
    {
        Prefix = prefix;
        QuoteLength = quoteLength;
        Quote = quote;
        Body = body;
        BodyStart = bodyStart;
        Value = value;
    }

    public StringPrefix Prefix { get; }
    public bool IsBytes => (Prefix & StringPrefix.Bytes) != 0;
    public bool IsRaw => (Prefix & StringPrefix.Raw) != 0;
    public bool IsFString => (Prefix & StringPrefix.Format) != 0;
    /// <summary>True for a <c>u</c> prefix (ast.Constant.kind == 'u').</summary>
    public bool IsUnicodeMarked => (Prefix & StringPrefix.Unicode) != 0;
    /// <summary>1 or 3.</summary>
    public int QuoteLength { get; }
    public char Quote { get; }
    /// <summary>The text between the quotes, undecoded.</summary>
    public string Body { get; }
    /// <summary>Index of <see cref="Body"/> in the token text.</summary>
    public int BodyStart { get; }
    /// <summary><see cref="string"/> (or, rarely, <see cref="Ast.CodePointString"/>) for str, <see cref="byte"/>[] for bytes, null for f-strings (the parser
    /// splits their body; decode literal parts with <see cref="DecodeStr"/>).</summary>
    public object? Value { get; }

    /// <summary>
    /// Splits and decodes a STRING token's text. <paramref name="warn"/> receives
    /// (category, message) for invalid escapes (DeprecationWarning "invalid escape sequence '\d'", only the
    /// first per literal, as CPython) and returns true when the warning must become an error.
    /// Throws <see cref="LiteralException"/>.
    /// </summary>
    public static StringLiteral Decode(string tokenText, Func<string, string, bool>? warn = null)
    {
        var (prefix, quoteLength, quote, bodyStart, bodyEnd) = Split(tokenText);
        string body = tokenText.Substring(bodyStart, bodyEnd - bodyStart);
        object? value;
        bool raw = (prefix & StringPrefix.Raw) != 0;
        if ((prefix & StringPrefix.Format) != 0) value = null;
        else if ((prefix & StringPrefix.Bytes) != 0) value = DecodeBytes(body, raw, warn);
        else value = DecodeStr(body, raw, warn);
        return new StringLiteral(prefix, quoteLength, quote, body, bodyStart, value);
    }

    /// <summary>Prefix flags, quote length/char and the body's bounds in a STRING token's text.</summary>
    public static (StringPrefix Prefix, int QuoteLength, char Quote, int BodyStart, int BodyEnd) Split(string tokenText)
    {
        StringPrefix prefix = StringPrefix.None;
        int i = 0;
        for (; i < tokenText.Length; i++)
        {
            char c = tokenText[i];
            StringPrefix flag = (c | 0x20) switch
            {
                'b' => StringPrefix.Bytes,
                'r' => StringPrefix.Raw,
                'u' => StringPrefix.Unicode,
                'f' => StringPrefix.Format,
                _ => StringPrefix.None,
            };
            if (flag == StringPrefix.None) break;
            prefix |= flag;
        }
        if (i >= tokenText.Length || (tokenText[i] != '\'' && tokenText[i] != '"'))
            throw new ArgumentException("not a string literal token: " + tokenText, nameof(tokenText));
        char quote = tokenText[i];
        int quoteLength = tokenText.Length - i >= 6 && tokenText[i + 1] == quote && tokenText[i + 2] == quote ? 3 : 1;
        int bodyStart = i + quoteLength, bodyEnd = tokenText.Length - quoteLength;
        if (bodyEnd < bodyStart) throw new ArgumentException("not a string literal token: " + tokenText, nameof(tokenText));
        return (prefix, quoteLength, quote, bodyStart, bodyEnd);
    }

    /// <summary>
    /// Decodes the escapes of a str literal body (or of an f-string literal part, after the caller has
    /// collapsed doubled braces). Raw bodies are returned unchanged. The result is a <see cref="string"/>, or a
    /// <see cref="Ast.CodePointString"/> when escapes put a lone high surrogate right before a lone low one.
    /// </summary>
    public static object DecodeStr(string body, bool raw, Func<string, string, bool>? warn = null)
    {
        if (raw || body.IndexOf('\\') < 0) return body;
        return EscapeDecoder.DecodeUnicodeEscapes(body, warn);
    }

    /// <summary>Decodes a bytes literal body (which must be ASCII).</summary>
    public static byte[] DecodeBytes(string body, bool raw, Func<string, string, bool>? warn = null)
    {
        foreach (char c in body)
        {
            if (c >= 0x80)
                throw new LiteralException(LiteralErrorKind.NonAsciiBytes, "bytes can only contain ASCII literal characters");
        }
        if (raw || body.IndexOf('\\') < 0)
        {
            var bytes = new byte[body.Length];
            for (int i = 0; i < body.Length; i++) bytes[i] = (byte)body[i];
            return bytes;
        }
        return EscapeDecoder.DecodeBytesEscapes(body, warn);
    }
}
