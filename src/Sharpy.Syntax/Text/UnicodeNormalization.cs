using System.IO.Compression;
using System.Text;

namespace Sharpy.Syntax.Text;

/// <summary>
/// Unicode normalization forms NFKC/NFKD/NFC/NFD with python3.11's Unicode 14.0 data. .NET's
/// <c>string.Normalize</c> is a no-op for non-ASCII text under InvariantGlobalization, so identifiers
/// (PEP 3131: NFKC) and <c>unicodedata.normalize</c> use this instead.
/// </summary>
public static partial class UnicodeNormalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private sealed class Tables
    {
        public readonly Dictionary<int, int> Ccc = new();
        public readonly Dictionary<int, int[]> Compat = new();    // full NFKD
        public readonly Dictionary<int, int[]> Canonical = new(); // full NFD
        public readonly Dictionary<long, int> Compose = new();
    }

    private static Tables? s_tables;
    private static readonly object s_lock = new();

    public static string Nfkc(string s) => IsAscii(s) ? s : Compose(Decompose(s, compat: true));
    public static string Nfc(string s) => IsAscii(s) ? s : Compose(Decompose(s, compat: false));
    public static string Nfkd(string s) => IsAscii(s) ? s : ToString(Decompose(s, compat: true));
    public static string Nfd(string s) => IsAscii(s) ? s : ToString(Decompose(s, compat: false));

    /// <summary>Normalizes by Python form name ("NFC", "NFKC", "NFD", "NFKD"); null for an unknown form.</summary>
    public static string? Normalize(string form, string s) => form switch
    {
        "NFC" => Nfc(s),
        "NFKC" => Nfkc(s),
        "NFD" => Nfd(s),
        "NFKD" => Nfkd(s),
        _ => null,
    };

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
            if (c >= 0x80) return false;
        return true;
    }

    private static List<int> Decompose(string s, bool compat)
    {
        Tables t = Load();
        var map = compat ? t.Compat : t.Canonical;
        var result = new List<int>(s.Length + 4);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if (cp >= SBase && cp < SBase + SCount)
            {
                int si = cp - SBase;
                result.Add(LBase + si / NCount);
                result.Add(VBase + si % NCount / TCount);
                if (si % TCount != 0) result.Add(TBase + si % TCount);
            }
            else if (map.TryGetValue(cp, out int[]? d))
            {
                result.AddRange(d);
            }
            else
            {
                result.Add(cp);
            }
        }
        // Canonical ordering: stable sort of each run of non-starters by combining class.
        for (int i = 1; i < result.Count; i++)
        {
            int cc = Ccc(t, result[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && Ccc(t, result[j - 1]) > cc)
            {
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
                j--;
            }
        }
        return result;
    }

    private static int Ccc(Tables t, int cp) => cp < 0x300 ? 0 : t.Ccc.GetValueOrDefault(cp);

    private static string Compose(List<int> cps)
    {
        Tables t = Load();
        var result = new List<int>(cps.Count);
        int starterPos = -1, lastCc = 0;
        foreach (int ch in cps)
        {
            int cc = Ccc(t, ch);
            if (starterPos >= 0 && (result.Count == starterPos + 1 || (lastCc != 0 && lastCc < cc)))
            {
                int composite = ComposePair(t, result[starterPos], ch);
                if (composite >= 0)
                {
                    result[starterPos] = composite;
                    continue;
                }
            }
            if (cc == 0)
            {
                starterPos = result.Count;
                lastCc = 0;
            }
            else
            {
                lastCc = cc;
            }
            result.Add(ch);
        }
        return ToString(result);
    }

    private static int ComposePair(Tables t, int a, int b)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return t.Compose.TryGetValue(((long)a << 21) | (uint)b, out int c) ? c : -1;
    }

    private static string ToString(List<int> cps)
    {
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static Tables Load()
    {
        if (s_tables != null) return s_tables;
        lock (s_lock)
        {
            if (s_tables != null) return s_tables;
            var t = new Tables();
            using var input = new MemoryStream(Convert.FromBase64String(Packed));
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var reader = new StreamReader(deflate, Encoding.ASCII);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                string[] parts = line[1..].Split(' ');
                int cp = Convert.ToInt32(parts[0], 16);
                switch (line[0])
                {
                    case 'c': t.Ccc[cp] = int.Parse(parts[1]); break;
                    case 'd': t.Compat[cp] = parts.Skip(1).Select(p => Convert.ToInt32(p, 16)).ToArray(); break;
                    case 'n': t.Canonical[cp] = parts.Skip(1).Select(p => Convert.ToInt32(p, 16)).ToArray(); break;
                    case 'p':
                        int second = Convert.ToInt32(parts[1], 16), composite = Convert.ToInt32(parts[2], 16);
                        t.Compose[((long)cp << 21) | (uint)second] = composite;
                        break;
                }
            }
            s_tables = t;
            return t;
        }
    }
}
