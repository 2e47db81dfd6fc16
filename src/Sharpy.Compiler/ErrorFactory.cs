using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Compiler;

/// <summary>
/// Builds compile-time SyntaxErrors (symbol table, code generation, __future__) as CPython 3.11's compiler
/// does: offsets are the AST's UTF-8 byte columns plus one (CPython does not convert them to characters at
/// this stage, unlike the parser), and the text is the line read back from the file the code names, so
/// code compiled from a string under a name that is not a file ("&lt;string&gt;") has no text.
/// </summary>
internal sealed class ErrorFactory(string filename, string? source)
{
    private string[]? lines;
    private bool? fileExists;

    public SyntaxErrorException At(string message, Node node) =>
        At(message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    public SyntaxErrorException At(string message, int lineno, int byteCol, int endLineno, int endByteCol) =>
        new("SyntaxError", message, filename, lineno, byteCol + 1, LineText(lineno), endLineno, endByteCol + 1);

    /// <summary>An error located by its start only (CPython's PyErr_SyntaxLocationObject): no end offset.</summary>
    public SyntaxErrorException AtStart(string message, int lineno, int byteCol) =>
        new("SyntaxError", message, filename, lineno, byteCol + 1, LineText(lineno), lineno, NoOffset);

    /// <summary>Becomes None in the SyntaxError's fields.</summary>
    private const int NoOffset = -2;

    private string? LineText(int lineno)
    {
        if (source is null || lineno < 1) return null;
        // PyErr_ProgramTextObject: the line comes from the named file; the source compiled is that file's
        // text whenever the name is a file (scripts, imports), so its lines stand in for a second read.
        fileExists ??= File.Exists(filename);
        if (fileExists != true) return null;
        lines ??= source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return lineno <= lines.Length ? lines[lineno - 1] + "\n" : null;
    }
}
