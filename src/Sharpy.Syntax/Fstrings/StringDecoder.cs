using Sharpy.Syntax.Literals;

namespace Sharpy.Syntax.Fstrings;

/// <summary>A literal whose escapes cannot be decoded; the parser reports it as a SyntaxError.</summary>
internal sealed class StringDecodeException : Exception
{
    public StringDecodeException(string message, bool atToken = false) : base(message) { AtToken = atToken; }

    /// <summary>CPython reports this error at the string token rather than at the token after the strings.</summary>
    public bool AtToken { get; }
}

/// <summary>
/// Decodes literal bodies with the shared <see cref="StringLiteral"/> decoder and maps its errors to where
/// CPython 3.11's parser reports them (Parser/string_parser.c).
/// </summary>
internal static class StringDecoder
{
    public static object DecodeStr(string body, bool raw, Func<string, string, bool>? warn = null)
    {
        try { return StringLiteral.DecodeStr(body, raw, warn); }
        catch (LiteralException e) { throw Map(e); }
    }

    public static byte[] DecodeBytes(string body, bool raw, Func<string, string, bool>? warn = null)
    {
        try { return StringLiteral.DecodeBytes(body, raw, warn); }
        catch (LiteralException e) { throw Map(e); }
    }

    // Non-ASCII bytes and escape warnings turned into errors point at the token itself
    // (RAISE_SYNTAX_ERROR_KNOWN_LOCATION / p->known_err_token); decoding errors at the last token fetched.
    private static StringDecodeException Map(LiteralException e) =>
        new(e.Message, e.Kind is LiteralErrorKind.NonAsciiBytes or LiteralErrorKind.InvalidEscape);
}
