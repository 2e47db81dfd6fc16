using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>
/// Differential check against python3.11's tokenize module: tests/corpus/tokens/samples/*.py and the
/// .tokens files tokdump.py made from them.
/// </summary>
public sealed class TokenCorpusTests
{
    public static IEnumerable<object[]> Samples() =>
        Directory.GetFiles(Path.Combine(CorpusFiles.Dir("tokens"), "samples"), "*.py")
            .Select(p => new object[] { Path.GetFileName(p) }).OrderBy(a => (string)a[0]);

    [Theory]
    [MemberData(nameof(Samples))]
    public void MatchesPythonTokenize(string name)
    {
        string dir = Path.Combine(CorpusFiles.Dir("tokens"), "samples");
        string path = Path.Combine(dir, name);
        string source = SourceDecoder.Decode(File.ReadAllBytes(path), path);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".tokens"));
        Assert.Equal(expected, TokenDump.Dump(source, path));
    }
}
