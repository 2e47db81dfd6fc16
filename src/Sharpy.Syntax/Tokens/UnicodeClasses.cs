namespace Sharpy.Syntax.Tokens;

/// <summary>
/// The character classes behind <c>str.isalpha()</c>, <c>isdecimal()</c>, <c>isdigit()</c>, <c>isnumeric()</c>,
/// <c>isspace()</c> and <c>isprintable()</c>, per code point, from python3.11's own Unicode database
/// (<see cref="UnicodeTables"/>), so they agree with CPython for every code point, astral ones included.
/// CPython 3.11: Objects/unicodectype.c (_PyUnicode_IsAlpha, ..., _PyUnicode_IsWhitespace).
/// </summary>
public static class UnicodeClasses
{
    public static bool IsAlpha(int cp) =>
        cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(UnicodeTables.Alpha, cp);

    public static bool IsDecimal(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Decimal, cp);

    public static bool IsDigit(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Digit, cp);

    public static bool IsNumeric(int cp) => cp < 0x80 ? (uint)(cp - '0') <= 9 : InRanges(UnicodeTables.Numeric, cp);

    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp);

    public static bool IsSpace(int cp) =>
        cp < 0x80 ? cp == ' ' || (uint)(cp - '\t') <= '\r' - '\t' || (uint)(cp - 0x1C) <= 3 : InRanges(UnicodeTables.Space, cp);

    public static bool IsPrintable(int cp) => Identifiers.IsPrintable(cp);

    private static bool InRanges(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
