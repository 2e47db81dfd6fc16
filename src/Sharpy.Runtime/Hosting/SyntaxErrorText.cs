using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Runtime.Hosting;

/// <summary>traceback.format_exception_only for a SyntaxError raised by the front end.</summary>
// CPython 3.11: Lib/traceback.py TracebackException._format_syntax_error
public static class SyntaxErrorText
{
    public static string Format(SyntaxErrorException e)
    {
        var sb = new System.Text.StringBuilder();
        string filenameSuffix = "";
        if (e.Lineno >= 0)
            sb.Append($"  File \"{e.Filename ?? "<string>"}\", line {e.Lineno}\n");
        else if (e.Filename is not null)
            filenameSuffix = $" ({e.Filename})";
        if (e.Text is string text)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            sb.Append($"    {ltext}\n");
            if (e.Offset > 0 || e.Offset < 0)
            {
                int offset = e.Offset;
                int endOffset = e.EndOffset is 0 ? offset : e.EndOffset;
                if (offset == endOffset || endOffset == -1)
                    endOffset = offset + 1;
                int colno = offset - 1 - spaces;
                int endColno = endOffset - 1 - spaces;
                if (colno >= 0)
                {
                    var caretSpace = new System.Text.StringBuilder();
                    for (int i = 0; i < colno && i < ltext.Length; i++)
                        caretSpace.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    sb.Append($"    {caretSpace}{new string('^', Math.Max(0, endColno - colno))}\n");
                }
            }
        }
        string msg = string.IsNullOrEmpty(e.Msg) ? "<no detail available>" : e.Msg;
        sb.Append($"{e.PythonType}: {msg}{filenameSuffix}\n");
        return sb.ToString();
    }
}
