using System.Text.Json;
using Sharpy.Syntax.Tokens;

namespace Sharpy.Syntax.Tests.Tokens;

/// <summary>
/// Tokenizer errors against python3.11's compile() (tests/corpus/tokens/errors.json, made by
/// gen_errors.py). Snippets whose error CPython's parser reports (invalid syntax, unexpected indent,
/// f-string errors) must tokenize without error.
/// </summary>
public sealed class TokenizerErrorTests
{
    public static IEnumerable<object[]> Cases()
    {
        string path = Path.Combine(CorpusFiles.Dir("tokens"), "errors.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int i = 0;
        foreach (JsonElement _ in doc.RootElement.EnumerateArray()) yield return new object[] { i++ };
    }

    private static JsonElement Case(int index)
    {
        string path = Path.Combine(CorpusFiles.Dir("tokens"), "errors.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement[index].Clone();
    }

    private static bool IsParserError(string msg) =>
        msg == "invalid syntax" || msg.StartsWith("f-string", StringComparison.Ordinal) || msg == "unexpected indent"
        || msg.StartsWith("expected an indented block", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(int index)
    {
        JsonElement c = Case(index);
        string src = c.GetProperty("src").GetString()!;
        var warnings = new List<string>();
        var tokenizer = new Tokenizer(src, "f.py", new TokenizerOptions
        {
            Warn = (category, msg, line) => { warnings.Add($"{category}|{msg}|{line}"); return false; },
        });
        List<Token> tokens = tokenizer.Tokenize();

        var expectedWarnings = c.GetProperty("warnings").EnumerateArray()
            .Select(w => $"{w[0].GetString()}|{w[1].GetString()}|{w[2].GetInt32()}").ToList();
        Assert.Equal(expectedWarnings, warnings);

        if (c.TryGetProperty("ok", out _))
        {
            Assert.Null(tokenizer.Error);
            Assert.Equal(TokenKind.EndMarker, tokens[^1].Kind);
            return;
        }
        if (IsParserError(c.GetProperty("msg").GetString()!))
        {
            // The parser fails first; a tokenizer error, if any, must lie beyond it.
            if (tokenizer.Error != null) Assert.True(tokenizer.Error.Lineno > c.GetProperty("lineno").GetInt32());
            return;
        }
        Assert.Equal(TokenKind.ErrorToken, tokens[^1].Kind);
        var e = tokenizer.Error;
        Assert.NotNull(e);
        string Describe(string? type, string? msg, int? line, int? off, string? text, int? eline, int? eoff) =>
            $"{type}: {msg} @ {line}:{off} - {eline}:{eoff} text={JsonSerializer.Serialize(text)}";
        int? Int(string name) => c.GetProperty(name).ValueKind == JsonValueKind.Null ? null : c.GetProperty(name).GetInt32();
        string expected = Describe(c.GetProperty("type").GetString(), c.GetProperty("msg").GetString(), Int("lineno"),
            Int("offset"), c.GetProperty("text").GetString(), Int("end_lineno"), Int("end_offset"));
        string actual = Describe(e!.PythonType, e.Msg, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset);
        Assert.Equal(expected, actual);
    }
}
