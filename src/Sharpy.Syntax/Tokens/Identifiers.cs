

namespace Sharpy.Syntax.Tokens;

/// <summary>Identifier rules of CPython 3.11 (PEP 3131), from python3.11's own Unicode tables.</summary>
public static class Identifiers
{
    /// <summary>CPython 3.11: Objects/unicodeobject.c _PyUnicode_IsXidStart (plus '_').</summary>
    public static bool IsStart(int cp) =>
        cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' : InRanges(UnicodeTables.XidStart, cp);

    /// <summary>CPython 3.11: _PyUnicode_IsXidContinue.</summary>
    public static bool IsContinue(int cp) =>
        cp < 0x80 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || cp == '_' || (uint)(cp - '0') <= 9
                  : InRanges(UnicodeTables.XidContinue, cp);

    /// <summary>CPython 3.11: Py_UNICODE_ISPRINTABLE.</summary>
    public static bool IsPrintable(int cp) =>
        cp < 0x80 ? cp >= 0x20 && cp < 0x7F : InRanges(UnicodeTables.Printable, cp);

    /// <summary>
    /// NFKC-normalizes a non-ASCII identifier, as CPython's parser does (Parser/pegen.c
    /// _PyPegen_new_identifier). ASCII names are returned unchanged (and not copied).
    /// </summary>
    public static string Normalize(string name)
    {
        foreach (char ch in name)
        {
            if (ch >= 0x80)
                return Text.UnicodeNormalization.Nfkc(name);
        }
        return name;
    }

    /// <summary>True when <paramref name="name"/> is a valid identifier (str.isidentifier()).</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0) return false;
        for (int i = 0; i < name.Length; i++)
        {
            bool first = i == 0;
            int cp = char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])
                ? char.ConvertToUtf32(name[i], name[++i]) : name[i];
            if (first ? !IsStart(cp) : !IsContinue(cp)) return false;
        }
        return true;
    }

    private static bool InRanges(int[] ranges, int cp)
    {
        // Binary search over pairs [lo, hi].
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
