using System.Numerics;
using System.Text.Json;
using Sharpy.Syntax.Literals;
using Sharpy.Syntax.Tests.Tokens;

namespace Sharpy.Syntax.Tests.Literals;

/// <summary>String and number literals against python3.11 (tests/corpus/tokens/literals.json).</summary>
public sealed class LiteralCorpusTests
{
    private static readonly Lazy<JsonElement> s_data = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFiles.Dir("tokens"), "literals.json"))).RootElement.Clone());

    public static IEnumerable<object[]> StringCases() =>
        Enumerable.Range(0, s_data.Value.GetProperty("strings").GetArrayLength()).Select(i => new object[] { i });

    public static IEnumerable<object[]> NumberCases() =>
        Enumerable.Range(0, s_data.Value.GetProperty("numbers").GetArrayLength()).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(StringCases))]
    public void StringMatchesCPython(int index)
    {
        JsonElement c = s_data.Value.GetProperty("strings")[index];
        string src = c.GetProperty("src").GetString()!;
        var warnings = new List<string>();
        Func<string, string, bool> warn = (cat, msg) => { warnings.Add(cat + "|" + msg); return false; };
        var expectedWarnings = c.GetProperty("warnings").EnumerateArray().Select(w => w[0].GetString() + "|" + w[1].GetString()).ToList();

        if (c.TryGetProperty("error", out JsonElement error))
        {
            string msg = error.GetString()!;
            if (msg.StartsWith("unterminated", StringComparison.Ordinal)) return; // a tokenizer error, not a literal one
            var ex = Assert.Throws<LiteralException>(() => StringLiteral.Decode(src, warn));
            Assert.Equal(msg, ex.Message);
            return;
        }
        StringLiteral lit = StringLiteral.Decode(src, warn);
        Assert.Equal(expectedWarnings, warnings);
        if (c.TryGetProperty("bytes", out JsonElement bytes))
        {
            Assert.Equal(bytes.EnumerateArray().Select(b => (byte)b.GetInt32()).ToArray(), Assert.IsType<byte[]>(lit.Value));
        }
        else
        {
            int[] expected = c.GetProperty("str").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            Assert.Equal(expected, CodePoints(Assert.IsType<string>(lit.Value)));
        }
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void NumberMatchesCPython(int index)
    {
        JsonElement c = s_data.Value.GetProperty("numbers")[index];
        string src = c.GetProperty("src").GetString()!;
        if (c.TryGetProperty("error", out JsonElement error))
        {
            var ex = Assert.Throws<LiteralException>(() => NumberLiteral.Parse(src));
            Assert.Equal(error.GetString(), ex.Message);
            return;
        }
        object value = NumberLiteral.Parse(src);
        if (c.TryGetProperty("int", out JsonElement hex))
        {
            string h = hex.GetString()!;
            var expected = BigInteger.Parse("0" + h[2..], System.Globalization.NumberStyles.HexNumber);
            Assert.Equal(expected, Assert.IsType<BigInteger>(value));
        }
        else if (c.TryGetProperty("float", out JsonElement bits))
        {
            Assert.Equal(bits.GetInt64(), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(value)));
        }
        else
        {
            var z = Assert.IsType<Complex>(value);
            Assert.Equal(0.0, z.Real);
            Assert.Equal(c.GetProperty("imag").GetInt64(), BitConverter.DoubleToInt64Bits(z.Imaginary));
        }
    }

    [Fact]
    public void UnicodeNamesMatchCPython()
    {
        int checkedNames = 0;
        foreach (JsonElement pair in s_data.Value.GetProperty("names").EnumerateArray())
        {
            string name = pair[0].GetString()!;
            Assert.True(UnicodeNames.TryLookup(name, out int cp), name);
            Assert.Equal(pair[1].GetInt32(), cp);
            Assert.True(UnicodeNames.TryLookup(name.ToLowerInvariant(), out cp), name);
            checkedNames++;
        }
        Assert.True(checkedNames > 1000);
        foreach (JsonElement name in s_data.Value.GetProperty("unknown_names").EnumerateArray())
            Assert.False(UnicodeNames.TryLookup(name.GetString()!, out _), name.GetString());
    }

    [Fact]
    public void WarningAsErrorThrows()
    {
        var ex = Assert.Throws<LiteralException>(() => StringLiteral.Decode(@"'\d'", (_, _) => true));
        Assert.Equal(LiteralErrorKind.InvalidEscape, ex.Kind);
        Assert.Equal(@"invalid escape sequence '\d'", ex.Message);
    }

    [Fact]
    public void SplitReportsPrefixAndQuotes()
    {
        var (prefix, quoteLength, quote, start, end) = StringLiteral.Split("Rb'''x'''");
        Assert.Equal(StringPrefix.Raw | StringPrefix.Bytes, prefix);
        Assert.Equal(3, quoteLength);
        Assert.Equal('\'', quote);
        Assert.Equal((5, 6), (start, end));
        StringLiteral f = StringLiteral.Decode("f'{x}'");
        Assert.True(f.IsFString);
        Assert.Null(f.Value);
        Assert.Equal("{x}", f.Body);
    }

    private static int[] CodePoints(string s)
    {
        var list = new List<int>();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                list.Add(char.ConvertToUtf32(s[i], s[++i]));
            else list.Add(s[i]);
        }
        return list.ToArray();
    }
}
