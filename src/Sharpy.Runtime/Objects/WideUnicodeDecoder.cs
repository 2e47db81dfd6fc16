using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// UTF-16 and UTF-32 decoding with CPython's error reporting (truncated data, lone or illegal surrogates,
/// code points out of range) and the built-in error handlers; .NET's decoders substitute U+FFFD silently.
/// Positions in errors count from the start of the input, BOM included, as CPython's do.
/// </summary>
internal static class WideUnicodeDecoder
{
    /// <summary>Decodes <paramref name="b"/>; <paramref name="encoding"/> is a normalised utf-16/utf-32 name.</summary>
    /// <param name="unhandled">called for an error the built-in handlers do not absorb: throws, or appends what a
    /// registered handler replaced [start, end) with and returns the position to resume at.</param>
    public static string Decode(byte[] b, string encoding, string errors, Func<string, byte[], int, int, string, StringBuilder, int> unhandled)
    {
        bool wide = encoding.StartsWith("utf-32");
        int unit = wide ? 4 : 2;
        int start = 0;
        bool bigEndian = encoding.EndsWith("-be");
        if (!encoding.EndsWith("-le") && !bigEndian)
        {
            // Plain utf-16/utf-32: a byte-order mark picks the order and is dropped; without one, little-endian.
            if (wide && b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) start = 4;
            else if (wide && b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) { start = 4; bigEndian = true; }
            else if (!wide && b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) start = 2;
            else if (!wide && b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { start = 2; bigEndian = true; }
        }
        string name = (wide ? "utf-32" : "utf-16") + (bigEndian ? "-be" : "-le");
        var sb = new StringBuilder(b.Length / unit);
        int i = start;
        while (i < b.Length)
        {
            string? reason = null;
            int end = i + unit;
            if (b.Length - i < unit) { reason = "truncated data"; end = b.Length; }
            else if (wide)
            {
                uint cp = ReadUnit32(b, i, bigEndian);
                if (cp > 0x10FFFF) reason = "code point not in range(0x110000)";
                else if (cp >= 0xD800 && cp < 0xE000) reason = "code point in surrogate code point range(0xd800, 0xe000)";
                else PyStr.AppendCodePoint(sb, (int)cp);
            }
            else
            {
                int u = ReadUnit16(b, i, bigEndian);
                if (u < 0xD800 || u > 0xDFFF) sb.Append((char)u);
                else if (u >= 0xDC00) reason = "illegal encoding";
                else if (b.Length - end < 2) { reason = "unexpected end of data"; end = b.Length; }
                else
                {
                    int low = ReadUnit16(b, end, bigEndian);
                    if (low >= 0xDC00 && low <= 0xDFFF) { sb.Append((char)u).Append((char)low); end += 2; }
                    else reason = "illegal UTF-16 surrogate";
                }
            }
            if (reason != null)
            {
                int resume = ApplyHandler(errors, b, i, end, sb, unit, bigEndian);
                i = resume >= 0 ? resume : unhandled(name, b, i, end, reason, sb);
                continue;
            }
            i = end;
        }
        return sb.ToString();
    }

    private static int ReadUnit16(byte[] b, int i, bool bigEndian) =>
        bigEndian ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);

    private static uint ReadUnit32(byte[] b, int i, bool bigEndian) => bigEndian
        ? ((uint)b[i] << 24) | ((uint)b[i + 1] << 16) | ((uint)b[i + 2] << 8) | b[i + 3]
        : b[i] | ((uint)b[i + 1] << 8) | ((uint)b[i + 2] << 16) | ((uint)b[i + 3] << 24);

    /// <summary>The built-in decode error handlers: the position to resume at, or -1 when the error propagates
    /// (strict, or bytes surrogatepass/surrogateescape cannot carry).</summary>
    private static int ApplyHandler(string errors, byte[] b, int start, int end, StringBuilder sb, int unit, bool bigEndian)
    {
        switch (errors)
        {
            case "surrogatepass" when end - start == unit:
            {
                // One code unit that is a surrogate passes through (CPython's surrogatepass for utf-16/utf-32).
                uint u = unit == 2 ? (uint)ReadUnit16(b, start, bigEndian) : ReadUnit32(b, start, bigEndian);
                if (u < 0xD800 || u > 0xDFFF) return -1;
                sb.Append((char)u);
                return end;
            }
            case "ignore": return end;
            case "replace": sb.Append('\uFFFD'); return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) sb.Append($"\\x{b[k]:x2}");
                return end;
            case "surrogateescape":
            {
                // Escapes the leading non-ASCII bytes (at most 4) and resumes after them, as CPython's handler does.
                int k = start;
                while (k < end && k < start + 4 && b[k] >= 0x80) sb.Append((char)(0xDC00 + b[k++]));
                return k == start ? -1 : k;
            }
        }
        return -1;
    }
}
