namespace Sharpy.Syntax.Tokens;

/// <summary>
/// One token. <see cref="Line"/>/<see cref="EndLine"/> are 1-based; <see cref="Col"/>/<see cref="EndCol"/>
/// are 0-based UTF-8 byte offsets within their line (what CPython's AST positions use);
/// <see cref="Start"/>/<see cref="End"/> index the decoded source string (UTF-16), so
/// <c>source[Start..End]</c> is the token's text.
/// </summary>
public readonly record struct Token(
    TokenKind Kind, string Text, int Line, int Col, int EndLine, int EndCol, int Start, int End);
