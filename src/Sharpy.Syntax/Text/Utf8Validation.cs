namespace Sharpy.Syntax.Text;

/// <summary>CPython's UTF-8 decoder error classification (Objects/stringlib/codecs.h utf8_decode).</summary>
internal static class Utf8Validation
{
    /// <summary>
    /// Index of the first undecodable byte, or -1. <paramref name="end"/> is CPython's error end (the
    /// bytes start..end-1 are reported), <paramref name="reason"/> its reason text.
    /// </summary>
    public static int FindInvalid(ReadOnlySpan<byte> s, out int end, out string reason)
    {
        int n = s.Length;
        int i = System.Text.Unicode.Utf8.IsValid(s) ? n : 0;
        while (i < n)
        {
            byte b = s[i];
            if (b < 0x80) { i++; continue; }
            int need;
            byte lo = 0x80, hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) need = 1;
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                if (b == 0xE0) lo = 0xA0;
                else if (b == 0xED) hi = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                if (b == 0xF0) lo = 0x90;
                else if (b == 0xF4) hi = 0x8F;
            }
            else
            {
                end = i + 1;
                reason = "invalid start byte";
                return i;
            }
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= n)
                {
                    end = n;
                    reason = "unexpected end of data";
                    return i;
                }
                byte c = s[i + k];
                byte l = k == 1 ? lo : (byte)0x80, h = k == 1 ? hi : (byte)0xBF;
                if (c < l || c > h)
                {
                    end = i + k;
                    reason = "invalid continuation byte";
                    return i;
                }
            }
            i += need + 1;
        }
        end = -1;
        reason = "";
        return -1;
    }
}
