using System.Text;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>
/// Formats a token stream like tests/corpus/tokens/tokdump.py formats python3.11's tokenize output,
/// keeping what the C tokenizer and Lib/tokenize.py agree on.
/// </summary>
internal static class TokenDump
{
    public static string Dump(string source, string filename)
    {
        var sb = new StringBuilder();
        foreach (Token t in new Tokenizer(source, filename).Tokenize())
        {
            switch (t.Kind)
            {
                case TokenKind.ErrorToken:
                case TokenKind.Exclamation:
                case TokenKind.Op:
                    sb.Append("ERRORTOKEN\n");
                    return sb.ToString();
                case TokenKind.Newline: sb.Append("NEWLINE ").Append(t.Line).Append('\n'); break;
                case TokenKind.Indent: sb.Append("INDENT ").Append(t.Line).Append('\n'); break;
                case TokenKind.Dedent: sb.Append("DEDENT\n"); break;
                case TokenKind.EndMarker: sb.Append("ENDMARKER\n"); break;
                default:
                    sb.Append(t.Kind.ToString().ToUpperInvariant()).Append(' ').Append(PyRepr(t.Text)).Append(' ')
                        .Append(t.Line).Append(',').Append(t.Col).Append('-').Append(t.EndLine).Append(',')
                        .Append(t.EndCol).Append('\n');
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Python's repr() of a str.</summary>
    public static string PyRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp >= 0xD800 && cp <= 0xDFFF) sb.Append($"\\u{cp:x4}");
            else if (!Identifiers.IsPrintable(cp))
                sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.Append(quote).ToString();
    }
}
