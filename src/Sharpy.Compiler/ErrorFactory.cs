using System.Text;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Compiler;

/// <summary>
/// Builds compile-time SyntaxErrors with CPython's positions: AST columns are UTF-8 byte offsets, the
/// exception wants 1-based character offsets and the source line as text.
/// </summary>
internal sealed class ErrorFactory(string filename, string? source)
{
    private string[]? lines;

    public SyntaxErrorException At(string message, Node node) =>
        At(message, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    public SyntaxErrorException At(string message, int lineno, int byteCol, int endLineno, int endByteCol)
    {
        string? text = LineText(lineno);
        int offset = ToCharOffset(text, byteCol) + 1;
        int endOffset = ToCharOffset(endLineno == lineno ? text : LineText(endLineno), endByteCol) + 1;
        return new SyntaxErrorException("SyntaxError", message, filename, lineno, offset, text, endLineno, endOffset);
    }

    private string? LineText(int lineno)
    {
        if (source is null || lineno < 1) return null;
        lines ??= source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return lineno <= lines.Length ? lines[lineno - 1] + "\n" : null;
    }

    private static int ToCharOffset(string? text, int byteCol)
    {
        if (text is null || byteCol <= 0) return byteCol;
        int bytes = 0, chars = 0;
        var enumerator = text.EnumerateRunes();
        foreach (var rune in enumerator)
        {
            if (bytes >= byteCol) break;
            bytes += rune.Utf8SequenceLength;
            chars++;
        }
        return bytes >= byteCol ? chars : chars + (byteCol - bytes);
    }
}
