using System.Text;
using System.Text.Unicode;
using Sharpy.Bytecode.Code;

namespace Sharpy.Bytecode.Marshal;

/// <summary>
/// WTF-8 of Python strings: UTF-8 that can also carry lone surrogates (Python strings may hold them, e.g.
/// '\udc80'), the same bytes CPython's marshal writes with the "surrogatepass" error handler. A surrogate
/// PAIR of a plain string is one astral character, written as one 4-byte sequence; the split pairs of a
/// <see cref="ConstCodePointString"/> (a lone high surrogate followed by a lone low one, two code points in
/// Python) are two 3-byte sequences. So every str value has exactly one encoding.
/// </summary>
public static class Wtf8
{
    public static byte[] Encode(string text) => Encode(text, ReadOnlySpan<int>.Empty);

    public static byte[] Encode(ConstCodePointString value) => Encode(value.Text, value.Splits);

    private static byte[] Encode(string text, ReadOnlySpan<int> splits)
    {
        var output = new List<byte>(text.Length + 16);
        int nextSplit = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                while (nextSplit < splits.Length && splits[nextSplit] <= i) nextSplit++;
                if (nextSplit >= splits.Length || splits[nextSplit] != i + 1)
                {
                    c = char.ConvertToUtf32((char)c, text[i + 1]);
                    i++;
                }
            }
            AppendCodePoint(output, c);
        }
        return output.ToArray();
    }

    /// <summary>WTF-8 of a code-point sequence (each surrogate code point as its own 3-byte sequence).</summary>
    public static byte[] EncodeCodePoints(ReadOnlySpan<int> codePoints)
    {
        var output = new List<byte>(codePoints.Length + 16);
        foreach (int c in codePoints) AppendCodePoint(output, c);
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
    /// Strict decoding: rejects overlong forms, code points above U+10FFFF and truncated sequences. Returns a
    /// <see cref="string"/>, a <see cref="ConstCodePointString"/> when an encoded lone high surrogate is
    /// directly followed by an encoded lone low surrogate, or null when the bytes are not WTF-8.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static object? Decode(ReadOnlySpan<byte> bytes)
    {
        // Fast path: strict UTF-8 (the .NET decoder rejects surrogates, overlongs and > U+10FFFF), a subset of WTF-8.
        if (bytes.Length <= 1024)
        {
            Span<char> buffer = stackalloc char[bytes.Length];
            if (Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
                return new string(buffer[..written]);
        }
        else if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        return DecodeSlow(bytes);
    }

    private static object? DecodeSlow(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        List<int>? splits = null;
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
            if (isLow && previousWasHighSurrogate) (splits ??= new List<int>()).Add(builder.Length);
            previousWasHighSurrogate = isHigh;
            if (codePoint >= 0x10000) builder.Append(char.ConvertFromUtf32(codePoint));
            else builder.Append((char)codePoint);
            i += length;
        }
        return ConstCodePointString.Create(builder.ToString(), splits);
    }
}
