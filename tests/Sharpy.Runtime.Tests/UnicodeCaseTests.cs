using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Tests;

/// <summary>
/// Sharpy's generated Unicode case tables against CPython 3.11: digests over every code point
/// (Data/unicode_case_digest.txt, produced by Data/unicode_case_digest.py with python3.11), plus the
/// context-dependent rules (final sigma, title case runs) on a few strings.
/// </summary>
public class UnicodeCaseTests
{
    private const ulong M = (1UL << 61) - 1;

    private static Dictionary<string, ulong> Expected() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "unicode_case_digest.txt"))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => ulong.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    private static ulong Step(ulong h, ulong v) => (ulong)(((UInt128)h * 1000003 + v) % M);

    private static IEnumerable<int> AllCodePoints()
    {
        for (int cp = 0; cp < 0x110000; cp++)
            if (cp < 0xD800 || cp >= 0xE000) yield return cp;
    }

    private static ulong Digest(Func<string, string> op)
    {
        ulong h = 0;
        foreach (int cp in AllCodePoints())
        {
            var r = op(char.ConvertFromUtf32(cp));
            for (int i = 0; i < r.Length; i++)
            {
                int c = char.IsHighSurrogate(r[i]) ? char.ConvertToUtf32(r[i], r[++i]) : r[i];
                h = Step(h, (ulong)c + 1);
            }
            h = Step(h, 7);
        }
        return h;
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("lower")]
    [InlineData("title")]
    [InlineData("casefold")]
    public void MappingMatchesCPythonForEveryCodePoint(string op)
    {
        Func<string, string> f = op switch
        {
            "upper" => UnicodeCase.Upper,
            "lower" => UnicodeCase.Lower,
            "title" => UnicodeCase.Title,
            _ => UnicodeCase.Casefold,
        };
        Assert.Equal(Expected()[op], Digest(f));
    }

    [Fact]
    public void PredicatesMatchCPythonForEveryCodePoint()
    {
        ulong h = 0;
        foreach (int cp in AllCodePoints())
        {
            var s = char.ConvertFromUtf32(cp);
            int flags = (UnicodeCase.StrIsUpper(s) ? 1 : 0) | (UnicodeCase.StrIsLower(s) ? 2 : 0) | (UnicodeCase.StrIsTitle(s) ? 4 : 0);
            h = Step(h, (ulong)flags + 1);
        }
        Assert.Equal(Expected()["flags"], h);
    }

    [Theory]
    // Values from python3.11.
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΟΔΟΣ.", "οδος.")]
    [InlineData("Σ", "σ")]
    [InlineData("ΑΣ'Α", "ασ'α")]
    [InlineData("A\u0345Σ", "a\u0345ς")]
    public void LowerAppliesFinalSigma(string s, string expected) => Assert.Equal(expected, UnicodeCase.Lower(s));

    [Fact]
    public void TitleCapitalizeAndSwapcaseUseFullMappings()
    {
        Assert.Equal("Ss", UnicodeCase.Title("ß"));
        Assert.Equal("Fi", UnicodeCase.Capitalize("ﬁ"));
        Assert.Equal("ǅemal", UnicodeCase.Capitalize("ǆEMAL"));
        Assert.Equal("SSǅ", UnicodeCase.Swapcase("ßǅ"));
        Assert.Equal("They'Re", UnicodeCase.Title("they're"));
    }
}
