using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>UTF-8/16/32 encoding of text that holds lone surrogates (the fast paths use .NET's encoders).</summary>
public static partial class Codecs
{
    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }

    /// <summary>
    /// UTF-8/16/32 encoding of text holding lone surrogates: each run of them is one error, handled by the
    /// built-in handlers or a registered one. Positions count code points. CPython 3.11: Objects/stringlib/codecs.h
    /// utf8_encode and ucs*lib_utf16_encode / utf32 with unicode_encode_call_errorhandler.
    /// </summary>
    private static byte[] EncodeWithSurrogates(string s, string enc, string userEncoding, string errors)
    {
        var ps = new PyStr(s);
        var output = new List<byte>(s.Length * 2);
        int unit = enc.StartsWith("utf-32") ? 4 : enc.StartsWith("utf-16") ? 2 : 1;
        bool bigEndian = enc.EndsWith("-be");
        if (enc is "utf-16") output.AddRange([0xFF, 0xFE]);
        if (enc is "utf-32") output.AddRange([0xFF, 0xFE, 0, 0]);
        void Put(int cp)
        {
            if (unit == 1) { AppendUtf8(output, cp); return; }
            if (unit == 4) { AppendUnit(output, (uint)cp, 4, bigEndian); return; }
            if (cp >= 0x10000)
            {
                cp -= 0x10000;
                AppendUnit(output, (uint)(0xD800 + (cp >> 10)), 2, bigEndian);
                AppendUnit(output, (uint)(0xDC00 + (cp & 0x3FF)), 2, bigEndian);
            }
            else AppendUnit(output, (uint)cp, 2, bigEndian);
        }
        void PutAscii(string text) { foreach (char c in text) Put(c); }
        for (int i = 0; i < ps.Length;)
        {
            int cp = ps.CodePointAt(i);
            if (cp < 0xD800 || cp > 0xDFFF) { Put(cp); i++; continue; }
            // UTF-8 reports a whole run of surrogates as one error; UTF-16/32 one character at a time.
            int end = i + 1;
            while (unit == 1 && end < ps.Length && ps.CodePointAt(end) is >= 0xD800 and <= 0xDFFF) end++;
            switch (errors)
            {
                case "ignore": i = end; continue;
                case "replace": for (; i < end; i++) Put('?'); continue;
                case "backslashreplace": for (; i < end; i++) PutAscii($"\\u{ps.CodePointAt(i):x4}"); continue;
                case "xmlcharrefreplace": for (; i < end; i++) PutAscii($"&#{ps.CodePointAt(i)};"); continue;
                case "surrogatepass":
                    // The surrogate's own code unit (three bytes in UTF-8).
                    for (; i < end; i++)
                    {
                        int sc = ps.CodePointAt(i);
                        if (unit == 1) { output.Add((byte)(0xE0 | (sc >> 12))); output.Add((byte)(0x80 | ((sc >> 6) & 0x3F))); output.Add((byte)(0x80 | (sc & 0x3F))); }
                        else AppendUnit(output, (uint)sc, unit, bigEndian);
                    }
                    continue;
                case "surrogateescape" when unit == 1:
                    // U+DC80..U+DCFF go back to their bytes; the first other surrogate is the error.
                    while (i < end && ps.CodePointAt(i) is >= 0xDC80 and <= 0xDCFF) output.Add((byte)(ps.CodePointAt(i++) - 0xDC00));
                    if (i == end) continue;
                    throw UnicodeError("encode", enc, s, i, "surrogates not allowed", end);
                case "strict" or "surrogateescape":
                    // surrogateescape's single bytes can never make a UTF-16/32 code unit.
                    throw UnicodeError("encode", enc, s, i, "surrogates not allowed", end);
            }
            i = CallEncodeErrorHandler(errors, enc, ps, i, end, "surrogates not allowed", output, userEncoding);
        }
        return output.ToArray();
    }

    private static void AppendUtf8(List<byte> bytes, int cp)
    {
        if (cp < 0x80) bytes.Add((byte)cp);
        else if (cp < 0x800) { bytes.Add((byte)(0xC0 | (cp >> 6))); bytes.Add((byte)(0x80 | (cp & 0x3F))); }
        else if (cp < 0x10000) { bytes.Add((byte)(0xE0 | (cp >> 12))); bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (cp & 0x3F))); }
        else { bytes.Add((byte)(0xF0 | (cp >> 18))); bytes.Add((byte)(0x80 | ((cp >> 12) & 0x3F))); bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (cp & 0x3F))); }
    }

    private static void AppendUnit(List<byte> bytes, uint value, int size, bool bigEndian)
    {
        for (int k = 0; k < size; k++)
            bytes.Add((byte)(value >> (8 * (bigEndian ? size - 1 - k : k))));
    }
}
