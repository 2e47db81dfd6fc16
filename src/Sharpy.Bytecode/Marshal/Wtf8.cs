using System.Text;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// WTF-8: UTF-8 that can also carry lone surrogates (Python strings may hold them, e.g. '\udc80'),
/// the same bytes CPython's marshal writes with the "surrogatepass" error handler. A surrogate
/// PAIR is always written as one 4-byte sequence, so every .NET string has exactly one encoding.
/// </summary>
internal static class Wtf8
{
    public static byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32((char)c, text[i + 1]);
                i++;
            }
            AppendCodePoint(output, c);
        }
        return output.ToArray();
    }

    private static void AppendCodePoint(List<byte> output, int c)
    {
        if (c < 0x80)
        {
            output.Add((byte)c);
        }
        else if (c < 0x800)
        {
            output.Add((byte)(0xC0 | (c >> 6)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
        else if (c < 0x10000)
        {
            output.Add((byte)(0xE0 | (c >> 12)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (c >> 18)));
            output.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (c & 0x3F)));
        }
    }

    /// <summary>
    /// Strict decoding: rejects overlong forms, code points above U+10FFFF, truncated sequences, and an
    /// encoded high surrogate directly followed by an encoded low surrogate (that pair must be 4 bytes).
    /// Returns null when the bytes are not canonical WTF-8.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        bool previousWasHighSurrogate = false;
        int i = 0;
        while (i < bytes.Length)
        {
            int b0 = bytes[i];
            int codePoint, length, minimum;
            if (b0 < 0x80) { codePoint = b0; length = 1; minimum = 0; }
            else if ((b0 & 0xE0) == 0xC0) { codePoint = b0 & 0x1F; length = 2; minimum = 0x80; }
            else if ((b0 & 0xF0) == 0xE0) { codePoint = b0 & 0x0F; length = 3; minimum = 0x800; }
            else if ((b0 & 0xF8) == 0xF0) { codePoint = b0 & 0x07; length = 4; minimum = 0x10000; }
            else return null;
            if (i + length > bytes.Length) return null;
            for (int k = 1; k < length; k++)
            {
                int continuation = bytes[i + k];
                if ((continuation & 0xC0) != 0x80) return null;
                codePoint = (codePoint << 6) | (continuation & 0x3F);
            }
            if (codePoint < minimum || codePoint > 0x10FFFF) return null;
            bool isHigh = codePoint is >= 0xD800 and <= 0xDBFF;
            bool isLow = codePoint is >= 0xDC00 and <= 0xDFFF;
            if (isLow && previousWasHighSurrogate) return null;
            previousWasHighSurrogate = isHigh;
            if (codePoint >= 0x10000) builder.Append(char.ConvertFromUtf32(codePoint));
            else builder.Append((char)codePoint);
            i += length;
        }
        return builder.ToString();
    }
}
