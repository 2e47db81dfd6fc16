namespace Sharpy.Syntax.Diagnostics;

/// <summary>
/// A Python <c>SyntaxError</c> (or its subclasses <c>IndentationError</c>/<c>TabError</c>) raised by the
/// tokenizer, parser or compiler, carrying CPython's attributes. <see cref="Offset"/> and
/// <see cref="EndOffset"/> are 1-based character (code point) columns, as CPython reports them.
/// The runtime turns it into a Python exception object; the CLI prints it as CPython does.
/// </summary>
public sealed class SyntaxErrorException : Exception
{
    public SyntaxErrorException(string pythonType, string msg, string? filename, int lineno, int offset,
        string? text, int endLineno, int endOffset)
        : base(msg)
    {
        PythonType = pythonType; Msg = msg; Filename = filename; Lineno = lineno; Offset = offset;
        Text = text; EndLineno = endLineno; EndOffset = endOffset;
    }

    /// <summary><c>"SyntaxError"</c>, <c>"IndentationError"</c> or <c>"TabError"</c>.</summary>
    public string PythonType { get; }
    public string Msg { get; }
    public string? Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }
    /// <summary>The offending source line including its newline, as CPython stores it (or null).</summary>
    public string? Text { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }
}
