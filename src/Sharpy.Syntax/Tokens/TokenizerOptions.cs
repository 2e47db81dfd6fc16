namespace Sharpy.Syntax.Tokens;

/// <summary>Options for <see cref="Tokenizer"/>. The defaults tokenize a module (exec input).</summary>
public sealed class TokenizerOptions
{
    public static readonly TokenizerOptions Default = new();

    /// <summary>Produce <see cref="TokenKind.TypeComment"/>/<see cref="TokenKind.TypeIgnore"/> tokens
    /// (CPython's <c>PyCF_TYPE_COMMENTS</c>).</summary>
    public bool TypeComments { get; init; }

    /// <summary>
    /// Append a newline when the source does not end with one (CPython does this for exec input only,
    /// i.e. <c>compile(..., 'exec')</c> and files; eval/single input is left as is).
    /// </summary>
    public bool ImplicitNewline { get; init; } = true;

    /// <summary>
    /// Added to every token line number (CPython's <c>p->starting_lineno</c>): line 1 of the source
    /// becomes line <c>1 + LineOffset</c>.
    /// </summary>
    public int LineOffset { get; init; }

    /// <summary>
    /// UTF-8 byte count added to the columns of tokens that END on the first line of the source
    /// (CPython's <c>p->starting_col_offset</c>, applied when <c>tok->lineno == 1</c>).
    /// </summary>
    public int ColOffset { get; init; }

    /// <summary>
    /// The source is an f-string replacement-field expression fragment (CPython 3.11 tokenizes
    /// <c>"(" + expr + ")"</c> with the offsets above). Implies <see cref="ImplicitNewline"/> semantics
    /// of exec input as CPython uses <c>_PyTokenizer_FromString(str, 1)</c>.
    /// </summary>
    public bool FStringExpression { get; init; }

    /// <summary>
    /// Receives warnings the tokenizer emits (category, message, line) and returns true when the warning is an error (then CPython reports it as a SyntaxError), e.g.
    /// <c>SyntaxWarning: invalid decimal literal</c> for <c>1if x else y</c>. Null ignores them.
    /// </summary>
    public Func<string, string, int, bool>? Warn { get; init; }
}

/// <summary>
/// How the error that ended the token stream must be treated by the parser. CPython's parser raises
/// tokenizer errors in two ways: <see cref="Raised"/> errors are set by the tokenizer itself (they also
/// win over a generic "invalid syntax" when the parser scans the rest of the file), the others are
/// states (<c>tok->done</c>) that the parser turns into an exception when it reaches the token
/// (Parser/pegen.c tokenizer_error) and that the full-source scan ignores.
/// </summary>
public enum TokenizerErrorKind
{
    None,
    /// <summary>syntaxerror() in Parser/tokenizer.c: bad literals, characters, brackets, strings.</summary>
    Raised,
    /// <summary>E_EOF: end of input inside brackets ("'(' was never closed") or after a backslash
    /// ("unexpected EOF while parsing").</summary>
    Eof,
    /// <summary>E_DEDENT: "unindent does not match any outer indentation level".</summary>
    Dedent,
    /// <summary>E_TABSPACE: TabError.</summary>
    TabSpace,
    /// <summary>E_TOODEEP: "too many levels of indentation".</summary>
    TooDeep,
    /// <summary>E_LINECONT: "unexpected character after line continuation character".</summary>
    LineContinuation,
}
