using System.Text;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// CPython 3.11's Unicode case operations (Objects/unicodeobject.c do_upper/do_lower/do_title/...,
/// Objects/unicodectype.c): full mappings from SpecialCasing.txt ('ß'.upper() == 'SS'), the final-sigma
/// rule, and the Uppercase/Lowercase/Titlecase/Cased/Case_Ignorable properties. The tables
/// (<c>UnicodeCaseData.g.cs</c>) are generated from python3.11 by <c>UnicodeCaseData.gen.py</c>, so
/// the results do not depend on the .NET runtime's Unicode version. ASCII strings take a fast path.
/// </summary>
internal static partial class UnicodeCase
{
    private const int UpperFlag = 1, LowerFlag = 2, TitleFlag = 4, CasedFlag = 8, IgnorableFlag = 16;
    private const int SpecialBase = 0x2000000;
    private const int FieldUpper = 1, FieldLower = 2, FieldTitle = 3, FieldFold = 4;

    /// <summary>Two-level table: page (code point >> 8) → 256 record indexes (+1; 0 = no record).</summary>
    // Built on first use: the data arrays live in another part of this partial class, whose static
    // initialisers are not ordered relative to this file's.
    private static ushort[][]? pages;
    private static ushort[][] Pages => pages ??= BuildPages();

    private static ushort[][] BuildPages()
    {
        var empty = new ushort[256];
        var pages = new ushort[0x1100][];
        Array.Fill(pages, empty);
        for (int i = 0; i < Runs.Length; i += 4)
        {
            int first = Runs[i], last = Runs[i + 1], step = Runs[i + 2], rec = Runs[i + 3];
            for (int c = first; c <= last; c += step)
            {
                var page = pages[c >> 8];
                if (ReferenceEquals(page, empty)) pages[c >> 8] = page = new ushort[256];
                page[c & 0xFF] = (ushort)(rec + 1);
            }
        }
        return pages;
    }

    /// <summary>Offset of the code point's record in <see cref="Records"/>, or -1.</summary>
    private static int RecordOf(int cp)
    {
        int r = Pages[cp >> 8][cp & 0xFF];
        return r == 0 ? -1 : (r - 1) * 5;
    }

    private static int Flags(int cp)
    {
        int r = RecordOf(cp);
        return r < 0 ? 0 : Records[r];
    }

    public static bool IsUpper(int cp) => (Flags(cp) & UpperFlag) != 0;
    public static bool IsLower(int cp) => (Flags(cp) & LowerFlag) != 0;
    public static bool IsTitle(int cp) => (Flags(cp) & TitleFlag) != 0;
    public static bool IsCased(int cp) => (Flags(cp) & CasedFlag) != 0;
    public static bool IsCaseIgnorable(int cp) => (Flags(cp) & IgnorableFlag) != 0;

    private static void AppendMapped(StringBuilder sb, int cp, int field)
    {
        int r = RecordOf(cp);
        int m = r < 0 ? 0 : Records[r + field];
        if (m >= SpecialBase) sb.Append(Specials[m - SpecialBase]);
        else AppendCodePoint(sb, cp + m);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 0x80) return false;
        return true;
    }

    private static int[] CodePoints(string s)
    {
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else cps.Add(s[i]);
        }
        return cps.ToArray();
    }

    public static string Upper(string s)
    {
        if (IsAscii(s)) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (int cp in CodePoints(s)) AppendMapped(sb, cp, FieldUpper);
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) AppendLower(sb, cps, i);
        return sb.ToString();
    }

    public static string Casefold(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (int cp in CodePoints(s)) AppendMapped(sb, cp, FieldFold);
        return sb.ToString();
    }

    // CPython 3.11: do_capitalize — title case for the first character, lower case for the rest.
    public static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        AppendMapped(sb, cps[0], FieldTitle);
        for (int i = 1; i < cps.Length; i++) AppendLower(sb, cps, i);
        return sb.ToString();
    }

    // CPython 3.11: do_swapcase
    public static string Swapcase(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (IsUpper(cp)) AppendLower(sb, cps, i);
            else if (IsLower(cp)) AppendMapped(sb, cp, FieldUpper);
            else AppendCodePoint(sb, cp);
        }
        return sb.ToString();
    }

    // CPython 3.11: do_title
    public static string Title(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (previousCased) AppendLower(sb, cps, i);
            else AppendMapped(sb, cp, FieldTitle);
            previousCased = IsCased(cp);
        }
        return sb.ToString();
    }

    // CPython 3.11: lower_ucs4 (with handle_capital_sigma)
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        if (cps[i] == 0x3A3) sb.Append(IsFinalSigma(cps, i) ? '\u03C2' : '\u03C3');
        else AppendMapped(sb, cps[i], FieldLower);
    }

    private static bool IsFinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j])) j--;
        if (j < 0 || !IsCased(cps[j])) return false;
        j = i + 1;
        while (j < cps.Length && IsCaseIgnorable(cps[j])) j++;
        return j == cps.Length || !IsCased(cps[j]);
    }

    // CPython 3.11: unicode_isupper_impl / unicode_islower_impl / unicode_istitle_impl
    public static bool StrIsUpper(string s)
    {
        bool cased = false;
        foreach (int cp in CodePoints(s))
        {
            if (IsLower(cp) || IsTitle(cp)) return false;
            if (!cased && IsUpper(cp)) cased = true;
        }
        return cased;
    }

    public static bool StrIsLower(string s)
    {
        bool cased = false;
        foreach (int cp in CodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp)) return false;
            if (!cased && IsLower(cp)) cased = true;
        }
        return cased;
    }

    public static bool StrIsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (int cp in CodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
