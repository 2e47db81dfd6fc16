using System.Globalization;
using System.Text;

namespace Sharpy.Bytecode.Text;

/// <summary>Python's repr() of str and bytes, for error messages that embed them with !r.</summary>
// CPython 3.11: Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c PyBytes_Repr
public static class PyRepr
{
    public static string Str(string value)
    {
        char quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var output = new StringBuilder(value.Length + 2).Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == quote || c == '\\') { output.Append('\\').Append(c); continue; }
            if (c == '\t') { output.Append("\\t"); continue; }
            if (c == '\n') { output.Append("\\n"); continue; }
            if (c == '\r') { output.Append("\\r"); continue; }
            if (c < 0x20 || c == 0x7F) { output.Append("\\x").Append(((int)c).ToString("x2")); continue; }
            if (c < 0x7F) { output.Append(c); continue; }
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }
            if (IsPrintable(codePoint))
                output.Append(char.ConvertFromUtf32(codePoint));
            else if (codePoint <= 0xFF)
                output.Append("\\x").Append(codePoint.ToString("x2"));
            else if (codePoint <= 0xFFFF)
                output.Append("\\u").Append(codePoint.ToString("x4"));
            else
                output.Append("\\U").Append(codePoint.ToString("x8"));
        }
        return output.Append(quote).ToString();
    }

    public static string Bytes(ReadOnlySpan<byte> value)
    {
        char quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        var output = new StringBuilder(value.Length + 3).Append('b').Append(quote);
        foreach (byte b in value)
        {
            if (b == quote || b == '\\') output.Append('\\').Append((char)b);
            else if (b == '\t') output.Append("\\t");
            else if (b == '\n') output.Append("\\n");
            else if (b == '\r') output.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) output.Append("\\x").Append(b.ToString("x2"));
            else output.Append((char)b);
        }
        return output.Append(quote).ToString();
    }

    private static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>Python's str.isalnum() for a non-empty string (letters and numerics, Unicode-aware).</summary>
    public static bool IsAlnum(string value)
    {
        if (value.Length == 0) return false;
        for (int i = 0; i < value.Length; i++)
        {
            int codePoint = value[i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }
}
