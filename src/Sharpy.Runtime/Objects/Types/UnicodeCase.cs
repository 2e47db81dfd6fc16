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

    // System.Text.Ascii is vectorised; the culture-free string.ToUpperInvariant of InvariantGlobalization
    // mode maps one char at a time (10x slower on a 12 KB string).
    private static bool IsAscii(string s) => System.Text.Ascii.IsValid(s);

    private static string AsciiUpper(string s) =>
        string.Create(s.Length, s, static (dst, src) => System.Text.Ascii.ToUpper(src, dst, out _));

    private static string AsciiLower(string s) =>
        string.Create(s.Length, s, static (dst, src) => System.Text.Ascii.ToLower(src, dst, out _));

    /// <summary>The code point at UTF-16 index <paramref name="i"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    private static int At(string s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>The code point that ends just before UTF-16 index <paramref name="i"/> (i &gt; 0).</summary>
    private static int Before(string s, int i, out int width)
    {
        char c = s[i - 1];
        if (char.IsLowSurrogate(c) && i >= 2 && char.IsHighSurrogate(s[i - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i - 2], c);
        }
        width = 1;
        return c;
    }

    private static string Map(string s, int field)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) { int cp = At(s, i, out int w); AppendMapped(sb, cp, field); i += w; }
        return sb.ToString();
    }

    public static string Upper(string s) => IsAscii(s) ? AsciiUpper(s) : Map(s, FieldUpper);

    public static string Casefold(string s) => IsAscii(s) ? AsciiLower(s) : Map(s, FieldFold);

    public static string Lower(string s)
    {
        if (IsAscii(s)) return AsciiLower(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;) { AppendLower(sb, s, i, out int w); i += w; }
        return sb.ToString();
    }

    // CPython 3.11: do_capitalize — title case for the first character, lower case for the rest.
    public static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        AppendMapped(sb, At(s, 0, out int i), FieldTitle);
        while (i < s.Length) { AppendLower(sb, s, i, out int w); i += w; }
        return sb.ToString();
    }

    // CPython 3.11: do_swapcase
    public static string Swapcase(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = At(s, i, out int w);
            if (IsUpper(cp)) AppendLower(sb, s, i, out _);
            else if (IsLower(cp)) AppendMapped(sb, cp, FieldUpper);
            else AppendCodePoint(sb, cp);
            i += w;
        }
        return sb.ToString();
    }

    // CPython 3.11: do_title
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int cp = At(s, i, out int w);
            if (previousCased) AppendLower(sb, s, i, out _);
            else AppendMapped(sb, cp, FieldTitle);
            previousCased = IsCased(cp);
            i += w;
        }
        return sb.ToString();
    }

    // CPython 3.11: lower_ucs4 (with handle_capital_sigma)
    private static void AppendLower(StringBuilder sb, string s, int i, out int width)
    {
        int cp = At(s, i, out width);
        if (cp == 0x3A3) sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
        else AppendMapped(sb, cp, FieldLower);
    }

    private static bool IsFinalSigma(string s, int i)
    {
        int j = i, cp = 0, w;
        bool found = false;
        while (j > 0)
        {
            cp = Before(s, j, out w);
            j -= w;
            if (!IsCaseIgnorable(cp)) { found = true; break; }
        }
        if (!found || !IsCased(cp)) return false;
        j = i + 1;
        while (j < s.Length)
        {
            cp = At(s, j, out w);
            if (!IsCaseIgnorable(cp)) return !IsCased(cp);
            j += w;
        }
        return true;
    }

    // CPython 3.11: unicode_isupper_impl / unicode_islower_impl / unicode_istitle_impl
    public static bool StrIsUpper(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = Flags(At(s, i, out int w));
            if ((f & (LowerFlag | TitleFlag)) != 0) return false;
            cased |= (f & UpperFlag) != 0;
            i += w;
        }
        return cased;
    }

    public static bool StrIsLower(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = Flags(At(s, i, out int w));
            if ((f & (UpperFlag | TitleFlag)) != 0) return false;
            cased |= (f & LowerFlag) != 0;
            i += w;
        }
        return cased;
    }

    public static bool StrIsTitle(string s)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < s.Length;)
        {
            int f = Flags(At(s, i, out int w));
            i += w;
            if ((f & (UpperFlag | TitleFlag)) != 0)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if ((f & LowerFlag) != 0)
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
