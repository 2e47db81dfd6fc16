namespace Sharpy.Syntax.Tokens;

/// <summary>
/// Token kinds, named after CPython's <c>Lib/token.py</c> (PascalCase). Keywords and soft keywords are
/// <see cref="Name"/> tokens, as in CPython; the parser tells them apart by text.
/// </summary>
public enum TokenKind : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    LPar, RPar, Lsqb, Rsqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual,
    PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,
    DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
    /// <summary>The <c>!</c> of an f-string conversion is not a token in 3.11; kept for completeness.</summary>
    Exclamation,
    /// <summary><c># type: ...</c> comment (only when type comments are requested).</summary>
    TypeComment,
    /// <summary><c># type: ignore[...]</c> comment (only when type comments are requested).</summary>
    TypeIgnore,
    /// <summary>
    /// A lexical error. It is the last token of the stream; <see cref="Tokenizer.Error"/> holds the
    /// SyntaxError, raised by the parser only when it reaches this token, so that an earlier syntax
    /// error is reported first (as CPython's lazily tokenizing parser does).
    /// </summary>
    ErrorToken,
    /// <summary>
    /// A character that starts no Python token (<c>$</c>, <c>?</c>, a backquote): CPython 3.11's
    /// tokenizer returns it as a generic OP token, which no grammar rule accepts ("invalid syntax").
    /// </summary>
    Op,
}
