using System.Text.Json;
using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Tests.Tokens;
using Sharpy.Syntax.Text;

namespace Sharpy.Syntax.Tests.Text;

/// <summary>Source decoding against python3.11 (tests/corpus/tokens/decoding.json, gen_decoding.py).</summary>
public sealed class SourceDecoderTests
{
    private static readonly Lazy<JsonElement> s_cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFiles.Dir("tokens"), "decoding.json"))).RootElement.Clone());

    public static IEnumerable<object[]> Cases() =>
        Enumerable.Range(0, s_cases.Value.GetArrayLength()).Select(i => new object[] { i });

    private static string Describe(JsonElement e)
    {
        string? S(string n) => e.TryGetProperty(n, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : "None";
        return $"{S("type")}: {S("msg")} @ {S("lineno")}:{S("offset")}-{S("end_lineno")}:{S("end_offset")} {S("text")}";
    }

    private static string Describe(SyntaxErrorException e, bool noLocationIsNone)
    {
        bool none = noLocationIsNone && e.Lineno == 0 && e.Text == null;
        string N(int v) => none ? "None" : v.ToString();
        return $"{e.PythonType}: {e.Msg} @ {N(e.Lineno)}:{N(e.Offset)}-{(none || e.Text == null && e.Lineno == 0 ? "None" : e.EndLineno.ToString())}:" +
               $"{(none || e.Text == null && e.Lineno == 0 ? "None" : e.EndOffset.ToString())} {e.Text ?? "None"}";
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CompileBytesMatchesCPython(int index)
    {
        JsonElement c = s_cases.Value[index];
        byte[] data = Convert.FromHexString(c.GetProperty("hex").GetString()!);
        JsonElement expected = c.GetProperty("compile");
        if (expected.TryGetProperty("text", out JsonElement text) && !expected.TryGetProperty("msg", out _))
        {
            Assert.Equal(text.GetString(), SourceDecoder.Decode(data, "f.py", SourceOrigin.CompileBytes));
            return;
        }
        var e = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(data, "f.py", SourceOrigin.CompileBytes));
        Assert.Equal(Describe(expected), Describe(e, noLocationIsNone: expected.GetProperty("lineno").ValueKind == JsonValueKind.Null));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScriptFileMatchesCPython(int index)
    {
        JsonElement c = s_cases.Value[index];
        byte[] data = Convert.FromHexString(c.GetProperty("hex").GetString()!);
        JsonElement expected = c.GetProperty("file");
        if (expected.TryGetProperty("ok", out _))
        {
            SourceDecoder.Decode(data, "FILE");
            return;
        }
        var e = Assert.Throws<SyntaxErrorException>(() => SourceDecoder.Decode(data, "FILE"));
        Assert.Equal(Describe(expected), Describe(e, noLocationIsNone: true));
    }

    [Fact]
    public void FindsCookieOnFirstTwoLinesOnly()
    {
        Assert.Equal("iso-8859-1", SourceDecoder.FindCookie("# -*- coding: Latin-1 -*-\n"u8, out int line));
        Assert.Equal(1, line);
        Assert.Equal("utf-8", SourceDecoder.FindCookie("#!/bin/sh\n# coding=utf_8\n"u8, out line));
        Assert.Equal(2, line);
        Assert.Null(SourceDecoder.FindCookie("x = 1\n# coding: latin-1\n"u8, out _));
        Assert.Null(SourceDecoder.FindCookie("\n\n# coding: latin-1\n"u8, out _));
        Assert.NotNull(SourceDecoder.LookupEncoding("cp1252"));
        Assert.Null(SourceDecoder.LookupEncoding("no-such-codec"));
    }

    [Fact]
    public void NullCharactersInCompiledStrings()
    {
        Assert.Null(SourceDecoder.CheckNullCharacters("x = 1", "f"));
        Assert.Equal("source code string cannot contain null bytes", SourceDecoder.CheckNullCharacters("x\0", "f")!.Msg);
    }
}
