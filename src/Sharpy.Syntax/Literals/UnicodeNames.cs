using System.IO.Compression;
using System.Text;

namespace Sharpy.Syntax.Literals;

/// <summary>
/// Unicode character names for <c>\N{...}</c> (CPython 3.11: Modules/unicodedata.c _getcode): every name
/// and formal alias of python3.11's database (Unicode 14.0), matched case-insensitively. Named
/// sequences are not accepted, as in string literals.
/// </summary>
public static partial class UnicodeNames
{
    private static Dictionary<string, int>? s_names;
    private static List<(int Lo, int Hi, string Prefix)>? s_ranges;
    private static readonly object s_lock = new();

    /// <summary>Looks up a character name (or alias); false when CPython would not know it.</summary>
    public static bool TryLookup(string name, out int codePoint)
    {
        string upper = name.ToUpperInvariant();
        if (TryHangul(upper, out codePoint)) return true;
        EnsureLoaded();
        if (s_names!.TryGetValue(upper, out codePoint)) return true;
        foreach (var (lo, hi, prefix) in s_ranges!)
        {
            if (upper.Length > prefix.Length && upper.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(upper.AsSpan(prefix.Length), System.Globalization.NumberStyles.AllowHexSpecifier,
                    System.Globalization.CultureInfo.InvariantCulture, out int cp)
                && cp >= lo && cp <= hi && upper.AsSpan(prefix.Length).SequenceEqual(cp.ToString(cp > 0xFFFF ? "X5" : "X4")))
            {
                codePoint = cp;
                return true;
            }
        }
        codePoint = 0;
        return false;
    }

    private static void EnsureLoaded()
    {
        if (s_names != null) return;
        lock (s_lock)
        {
            if (s_names != null) return;
            var names = new Dictionary<string, int>(40000, StringComparer.Ordinal);
            var ranges = new List<(int, int, string)>();
            using var input = new MemoryStream(Convert.FromBase64String(Packed));
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var reader = new StreamReader(deflate, Encoding.ASCII);
            int cp = -1;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                switch (line[0])
                {
                    case '+':
                        {
                            int sp = line.IndexOf(' ');
                            cp += Convert.ToInt32(line[1..sp], 16);
                            names[line[(sp + 1)..]] = cp;
                            break;
                        }
                    case '@':
                        {
                            string[] parts = line[1..].Split(' ', 3);
                            ranges.Add((Convert.ToInt32(parts[0], 16), Convert.ToInt32(parts[1], 16), parts[2]));
                            break;
                        }
                    case '=':
                        {
                            int sp = line.IndexOf(' ');
                            names[line[(sp + 1)..]] = Convert.ToInt32(line[1..sp], 16);
                            break;
                        }
                    default:
                        names[line] = ++cp;
                        break;
                }
            }
            s_ranges = ranges;
            s_names = names;
        }
    }

    // CPython 3.11: Modules/unicodedata.c hangul_syllables / find_syllable (longest jamo match).
    private static readonly string[] s_lead = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H" };
    private static readonly string[] s_vowel = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
    private static readonly string[] s_tail = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H" };

    private static bool TryHangul(string upper, out int cp)
    {
        cp = 0;
        const string prefix = "HANGUL SYLLABLE ";
        if (!upper.StartsWith(prefix, StringComparison.Ordinal)) return false;
        int pos = prefix.Length;
        int l = FindJamo(upper, ref pos, s_lead), v = FindJamo(upper, ref pos, s_vowel), t = FindJamo(upper, ref pos, s_tail);
        if (l < 0 || v < 0 || t < 0 || pos != upper.Length) return false;
        cp = 0xAC00 + (l * 21 + v) * 28 + t;
        return true;
    }

    private static int FindJamo(string s, ref int pos, string[] table)
    {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.Length; i++)
        {
            string j = table[i];
            if (j.Length > bestLen && string.CompareOrdinal(s, pos, j, 0, j.Length) == 0 && pos + j.Length <= s.Length)
            {
                best = i;
                bestLen = j.Length;
            }
        }
        if (best >= 0) pos += bestLen;
        return best;
    }
}
