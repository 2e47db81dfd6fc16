using System.Text;

namespace Sharpy.Syntax.Literals;

/// <summary>
/// Backslash escapes of str and bytes literals.
/// CPython 3.11: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal (after
/// Parser/string_parser.c decode_unicode_with_escapes has rewritten non-ASCII characters as
/// <c>\UXXXXXXXX</c>, which is why error positions count every non-ASCII character as 10 bytes) and
/// Objects/bytesobject.c _PyBytes_DecodeEscape.
/// </summary>
internal static class EscapeDecoder
{
    /// <summary>
    /// Returns a <see cref="string"/>, or a <see cref="Ast.CodePointString"/> when an escaped lone high surrogate is
    /// directly followed by an escaped lone low surrogate (two code points that UTF-16 alone would merge).
    /// </summary>
    public static object DecodeUnicodeEscapes(string s, Func<string, string, bool>? warn)
    {
        var sb = new StringBuilder(s.Length);
        List<int>? splits = null;
        string? firstInvalid = null;
        int tpos = 0; // position in CPython's rewritten buffer
        int i = 0, n = s.Length;
        while (i < n)
        {
            char c = s[i];
            if (c != '\\')
            {
                sb.Append(c);
                if (c >= 0x80)
                {
                    // A surrogate pair is one code point: 10 bytes for the pair.
                    if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(s[i + 1])) sb.Append(s[++i]);
                    tpos += 10;
                }
                else
                {
                    tpos++;
                }
                i++;
                continue;
            }
            int start = tpos;
            if (i + 1 >= n || s[i + 1] >= 0x80)
            {
                // "\" before a non-ASCII character (or at the end) is rewritten as "\u005c": a backslash.
                sb.Append('\\');
                tpos += 6;
                i++;
                continue;
            }
            char e = s[i + 1];
            i += 2;
            tpos += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'v': sb.Append('\v'); break;
                case 'a': sb.Append('\a'); break;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < n && s[i] >= '0' && s[i] <= '7')
                        {
                            v = (v << 3) + (s[i++] - '0');
                            digits++;
                            tpos++;
                        }
                        if (v > 0xFF && firstInvalid == null) firstInvalid = "invalid octal escape sequence '\\" + s.Substring(i - 3, 3) + "'";
                        AppendCodePoint(sb, v, ref splits);
                        break;
                    }
                case 'x': HexEscape(sb, ref splits, s, ref i, ref tpos, start, 2, "truncated \\xXX escape"); break;
                case 'u': HexEscape(sb, ref splits, s, ref i, ref tpos, start, 4, "truncated \\uXXXX escape"); break;
                case 'U': HexEscape(sb, ref splits, s, ref i, ref tpos, start, 8, "truncated \\UXXXXXXXX escape"); break;
                case 'N':
                    {
                        const string malformed = "malformed \\N character escape";
                        if (i >= n || s[i] != '{') throw UnicodeError(start, tpos, malformed);
                        int nameStart = ++i;
                        tpos++;
                        int close = s.IndexOf('}', i);
                        if (close < 0)
                        {
                            // "incomplete": the error spans to the end of the input.
                            throw UnicodeError(start, tpos + RewrittenLength(s, i, n), malformed);
                        }
                        string name = s.Substring(nameStart, close - nameStart);
                        int nameBytes = RewrittenLength(s, nameStart, close);
                        if (name.Length == 0) throw UnicodeError(start, tpos, malformed);
                        tpos += nameBytes + 1;
                        i = close + 1;
                        if (!IsAscii(name) || !UnicodeNames.TryLookup(name, out int cp))
                            throw UnicodeError(start, tpos, "unknown Unicode character name");
                        AppendCodePoint(sb, cp, ref splits);
                        break;
                    }
                default:
                    firstInvalid ??= $"invalid escape sequence '\\{e}'";
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        if (firstInvalid != null) Warn(warn, firstInvalid);
        return Ast.CodePointString.Create(sb.ToString(), splits);
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
            if (c >= 0x80) return false;
        return true;
    }

    /// <summary>Length in CPython's rewritten buffer of <c>s[from..to]</c> (non-ASCII = 10 bytes).</summary>
    private static int RewrittenLength(string s, int from, int to)
    {
        int len = 0;
        for (int k = from; k < to; k++)
        {
            char c = s[k];
            if (c < 0x80) len++;
            else if (!char.IsLowSurrogate(c)) len += 10;
        }
        return len;
    }

    private static void HexEscape(StringBuilder sb, ref List<int>? splits, string s, ref int i, ref int tpos, int start, int count, string message)
    {
        int ch = 0;
        for (int k = 0; k < count; k++)
        {
            if (i >= s.Length) throw UnicodeError(start, tpos, message);
            int d = HexValue(s[i]);
            if (d < 0) throw UnicodeError(start, tpos, message);
            ch = (ch << 4) | d;
            i++;
            tpos++;
        }
        if ((uint)ch > 0x10FFFF) throw UnicodeError(start, tpos, "illegal Unicode character");
        AppendCodePoint(sb, ch, ref splits);
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static void AppendCodePoint(StringBuilder sb, int cp, ref List<int>? splits)
    {
        // A low surrogate escape right after a high surrogate: that high one is lone (literal pairs and
        // astral escapes are appended whole), so the two stay separate code points as in CPython's str.
        if (cp is >= 0xDC00 and <= 0xDFFF && sb.Length > 0 && char.IsHighSurrogate(sb[^1])) (splits ??= new List<int>()).Add(sb.Length);
        if (cp < 0x10000) sb.Append((char)cp); // lone surrogates are kept as is, like CPython's str
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static LiteralException UnicodeError(int start, int end, string reason)
    {
        string what = end - start == 1
            ? $"can't decode byte 0x5c in position {start}"
            : $"can't decode bytes in position {start}-{end - 1}";
        return new LiteralException(LiteralErrorKind.UnicodeError, $"(unicode error) 'unicodeescape' codec {what}: {reason}");
    }

    private static void Warn(Func<string, string, bool>? warn, string message)
    {
        if (warn != null && warn("DeprecationWarning", message))
            throw new LiteralException(LiteralErrorKind.InvalidEscape, message);
    }

    public static byte[] DecodeBytesEscapes(string s, Func<string, string, bool>? warn)
    {
        var bytes = new List<byte>(s.Length);
        string? firstInvalid = null;
        int i = 0, n = s.Length;
        while (i < n)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= n)
            {
                bytes.Add((byte)c);
                i++;
                continue;
            }
            int start = i;
            char e = s[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'b': bytes.Add((byte)'\b'); break;
                case 'f': bytes.Add((byte)'\f'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'v': bytes.Add((byte)'\v'); break;
                case 'a': bytes.Add((byte)'\a'); break;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        int digits = 1;
                        while (digits < 3 && i < n && s[i] >= '0' && s[i] <= '7')
                        {
                            v = (v << 3) + (s[i++] - '0');
                            digits++;
                        }
                        if (v > 0xFF && firstInvalid == null) firstInvalid = "invalid octal escape sequence '\\" + s.Substring(i - 3, 3) + "'";
                        bytes.Add((byte)v);
                        break;
                    }
                case 'x':
                    {
                        int d1 = i < n ? HexValue(s[i]) : -1;
                        int d2 = i + 1 < n ? HexValue(s[i + 1]) : -1;
                        if (d1 < 0 || d2 < 0)
                            throw new LiteralException(LiteralErrorKind.ValueError, $"(value error) invalid \\x escape at position {start}");
                        bytes.Add((byte)((d1 << 4) | d2));
                        i += 2;
                        break;
                    }
                default:
                    firstInvalid ??= $"invalid escape sequence '\\{e}'";
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        if (firstInvalid != null) Warn(warn, firstInvalid);
        return bytes.ToArray();
    }
}
