namespace Sharpy.Syntax.Text;

/// <summary>Source text normalisation shared by the tokenizer and error reporting.</summary>
public static class SourceText
{
    /// <summary>
    /// Translates <c>\r\n</c> and <c>\r</c> to <c>\n</c> and, for exec input, appends a <c>\n</c> when
    /// the text does not end with one. CPython 3.11: Parser/tokenizer.c translate_newlines (including
    /// its quirk that a final <c>\r\n</c> still gets an extra <c>\n</c>). Returns the input itself when
    /// nothing changes.
    /// </summary>
    public static string TranslateNewlines(string s, bool execInput)
    {
        int cr = s.IndexOf('\r');
        if (cr < 0)
        {
            if (!execInput || (s.Length > 0 && s[^1] == '\n')) return s;
            return s + "\n";
        }
        var sb = new System.Text.StringBuilder(s.Length + 1);
        sb.Append(s, 0, cr);
        char last = cr > 0 ? s[cr - 1] : '\0';
        bool endedOnCrLf = false;
        for (int i = cr; i < s.Length; i++)
        {
            char c = s[i];
            endedOnCrLf = false;
            if (c == '\r')
            {
                sb.Append('\n');
                last = '\n';
                if (i + 1 < s.Length && s[i + 1] == '\n')
                {
                    i++;
                    // CPython's loop leaves c == '\0' when "\r\n" ends the input.
                    if (i + 1 == s.Length) endedOnCrLf = true;
                }
                continue;
            }
            sb.Append(c);
            last = c;
        }
        if (execInput && (last != '\n' || endedOnCrLf)) sb.Append('\n');
        return sb.ToString();
    }
}
