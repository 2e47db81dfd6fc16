using System.Text;

namespace Sharpy.Syntax.Fstrings;

/// <summary>A literal whose escapes cannot be decoded; the parser reports it as a SyntaxError.</summary>
internal sealed class StringDecodeException : Exception
{
    public StringDecodeException(string message, bool atToken = false) : base(message) { AtToken = atToken; }

    /// <summary>CPython reports this error at the string token rather than after the strings.</summary>
    public bool AtToken { get; }
}

/// <summary>
/// Decodes the body of a string or bytes literal (the text between the quotes).
/// CPython 3.11: Parser/string_parser.c decode_unicode_with_escapes, decode_bytes_with_escapes and
/// Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal.
/// </summary>
internal static class StringDecoder
{
    public static string DecodeStr(string body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\') { sb.Append(c); i++; continue; }
            int escStart = i;
            i++;
            if (i >= body.Length) throw new StringDecodeException(CodecError(body, escStart, body.Length, "\\ at end of string"));
            char e = body[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++)
                        v = v * 8 + (body[i++] - '0');
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'x': AppendCodePoint(sb, ReadHex(body, ref i, 2, escStart, "truncated \\xXX escape")); break;
                case 'u': AppendCodePoint(sb, ReadHex(body, ref i, 4, escStart, "truncated \\uXXXX escape")); break;
                case 'U':
                {
                    int v = ReadHex(body, ref i, 8, escStart, "truncated \\UXXXXXXXX escape");
                    if (v < 0 || v > 0x10FFFF)
                        throw new StringDecodeException(CodecError(body, escStart, i, "illegal Unicode character"));
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'N':
                {
                    if (i >= body.Length || body[i] != '{')
                        throw new StringDecodeException(CodecError(body, escStart, i, "malformed \\N character escape"));
                    int close = body.IndexOf('}', i + 1);
                    if (close < 0 || close == i + 1)
                        throw new StringDecodeException(CodecError(body, escStart, close < 0 ? body.Length : close + 1, "malformed \\N character escape"));
                    string name = body.Substring(i + 1, close - i - 1);
                    if (!UnicodeNames.TryLookup(name, out int cp))
                        throw new StringDecodeException(CodecError(body, escStart, close + 1, "unknown Unicode character name"));
                    AppendCodePoint(sb, cp);
                    i = close + 1;
                    break;
                }
                default:
                    // Invalid escapes are kept verbatim (a DeprecationWarning in 3.11).
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private static int ReadHex(string body, ref int i, int count, int escStart, string message)
    {
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            if (i >= body.Length || !char.IsAsciiHexDigit(body[i]))
                throw new StringDecodeException(CodecError(body, escStart, i, message));
            v = (v << 4) | Convert.ToInt32(body[i].ToString(), 16);
            i++;
        }
        return v;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>CPython's "(unicode error) 'unicodeescape' codec can't decode bytes in position S-E: msg".</summary>
    private static string CodecError(string body, int start, int end, string message)
    {
        int bs = Encoding.UTF8.GetByteCount(body.AsSpan(0, start));
        int be = bs + Encoding.UTF8.GetByteCount(body.AsSpan(start, Math.Min(end, body.Length) - start));
        string pos = be - bs == 1 ? $"byte 0x5c in position {bs}" : $"bytes in position {bs}-{be - 1}";
        return $"(unicode error) 'unicodeescape' codec can't decode {pos}: {message}";
    }

    /// <summary>Decodes a bytes literal body; non-ASCII characters are an error.</summary>
    public static byte[] DecodeBytes(string body, bool raw)
    {
        foreach (char ch in body)
            if (ch >= 0x80) throw new StringDecodeException("bytes can only contain ASCII literal characters", atToken: true);
        if (raw || body.IndexOf('\\') < 0) return Encoding.Latin1.GetBytes(body);
        var bytes = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c != '\\') { bytes.Add((byte)c); i++; continue; }
            int escStart = i;
            i++;
            if (i >= body.Length) throw new StringDecodeException("(value error) Trailing \\ in string");
            char e = body[i++];
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++)
                        v = v * 8 + (body[i++] - '0');
                    bytes.Add((byte)v);
                    break;
                }
                case 'x':
                    if (i + 1 < body.Length && char.IsAsciiHexDigit(body[i]) && char.IsAsciiHexDigit(body[i + 1]))
                    {
                        bytes.Add(Convert.ToByte(body.Substring(i, 2), 16));
                        i += 2;
                        break;
                    }
                    throw new StringDecodeException($"(value error) invalid \\x escape at position {escStart}");
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }
}
