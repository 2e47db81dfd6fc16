using System.Text.Json;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>
/// End to end: the same snippets as <see cref="TokenizerErrorTests"/> through PythonParser.Parse must
/// raise exactly what python3.11's compile() raises (tokenizer errors reach the user via the parser).
/// </summary>
public sealed class ErrorsThroughParserTests
{
    [Theory]
    [MemberData(nameof(TokenizerErrorTests.Cases), MemberType = typeof(TokenizerErrorTests))]
    public void ParserReportsWhatCPythonReports(int index)
    {
        string path = Path.Combine(CorpusFiles.Dir("tokens"), "errors.json");
        JsonElement c = JsonDocument.Parse(File.ReadAllText(path)).RootElement[index].Clone();
        string src = c.GetProperty("src").GetString()!;
        if (c.TryGetProperty("ok", out _))
        {
            PythonParser.Parse(src, "f.py");
            return;
        }
        string expected = $"{c.GetProperty("type").GetString()}: {c.GetProperty("msg").GetString()} " +
            $"{c.GetProperty("lineno")} {c.GetProperty("offset")} {c.GetProperty("end_lineno")} {c.GetProperty("end_offset")}";
        var e = Assert.Throws<SyntaxErrorException>(() => PythonParser.Parse(src, "f.py"));
        Assert.Equal(expected, $"{e.PythonType}: {e.Msg} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset}");
    }
}
