using System.Text.Json;
using Sharpy.Syntax.Tests.Tokens;
using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tests.Text;

public sealed class UnicodeNormalizationTests
{
    [Fact]
    public void MatchesPythonUnicodedata()
    {
        string path = Path.Combine(CorpusFiles.Dir("tokens"), "normalization.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int n = 0;
        foreach (JsonElement c in doc.RootElement.EnumerateArray())
        {
            string s = c[0].GetString()!;
            Assert.Equal(c[1].GetString(), UnicodeNormalization.Nfc(s));
            Assert.Equal(c[2].GetString(), UnicodeNormalization.Nfd(s));
            Assert.Equal(c[3].GetString(), UnicodeNormalization.Nfkc(s));
            Assert.Equal(c[4].GetString(), UnicodeNormalization.Nfkd(s));
            n++;
        }
        Assert.True(n > 300);
    }

    [Fact]
    public void AsciiIsReturnedAsIs()
    {
        const string s = "plain_ascii";
        Assert.Same(s, UnicodeNormalization.Nfkc(s));
        Assert.Null(UnicodeNormalization.Normalize("NFX", s));
    }
}
