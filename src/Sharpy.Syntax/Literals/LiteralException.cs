namespace Sharpy.Syntax.Literals;

/// <summary>What kind of literal error CPython reports (the parser picks the location from it).</summary>
public enum LiteralErrorKind
{
    /// <summary>"(unicode error) 'unicodeescape' codec can't decode ..." (str escapes).</summary>
    UnicodeError,
    /// <summary>"(value error) invalid \x escape at position N" (bytes escapes).</summary>
    ValueError,
    /// <summary>"bytes can only contain ASCII literal characters".</summary>
    NonAsciiBytes,
    /// <summary>An invalid escape sequence warning turned into an error by the warning filter.</summary>
    InvalidEscape,
    /// <summary>"Exceeds the limit (4300 digits) for integer string conversion: ..." (int literals).</summary>
    IntegerTooLong,
}

/// <summary>
/// A literal that CPython rejects. <see cref="Exception.Message"/> is CPython's SyntaxError message;
/// the parser raises it as a SyntaxError at the literal's token.
/// </summary>
public sealed class LiteralException : Exception
{
    public LiteralException(LiteralErrorKind kind, string message) : base(message) => Kind = kind;

    public LiteralErrorKind Kind { get; }
}
