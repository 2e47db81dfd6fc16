namespace Sharpy.Syntax.Fstrings;

/// <summary>
/// Unicode character names for <c>\N{...}</c> escapes. Algorithmic names (CJK ideographs, Hangul
/// syllables) are computed; other names come from a small built-in table.
/// </summary>
internal static partial class UnicodeNames
{
    public static bool TryLookup(string name, out int codePoint)
    {
        string upper = name.ToUpperInvariant();
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(cjk.Length), System.Globalization.NumberStyles.HexNumber, null, out codePoint))
            return true;
        if (TryHangul(upper, out codePoint)) return true;
        return Table.TryGetValue(upper, out codePoint);
    }

    // CPython 3.11: Modules/unicodedata.c (Hangul syllable names are composed from jamo short names).
    private static readonly string[] s_lead = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] s_vowel = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] s_tail = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    private static bool TryHangul(string upper, out int cp)
    {
        cp = 0;
        const string prefix = "HANGUL SYLLABLE ";
        if (!upper.StartsWith(prefix, StringComparison.Ordinal)) return false;
        string rest = upper[prefix.Length..];
        for (int l = 0; l < s_lead.Length; l++)
            for (int v = 0; v < s_vowel.Length; v++)
                for (int t = 0; t < s_tail.Length; t++)
                    if (rest == s_lead[l] + s_vowel[v] + s_tail[t])
                    {
                        cp = 0xAC00 + (l * 21 + v) * 28 + t;
                        return true;
                    }
        return false;
    }
}
