using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Syntax.Tests.Parsing;

/// <summary>The committed corpus: ASTs and SyntaxErrors must be CPython 3.11's.</summary>
public sealed class CorpusTests
{
    [Theory]
    [MemberData(nameof(SyntaxCorpus.ValidFiles), MemberType = typeof(SyntaxCorpus))]
    public void ValidFileDumpsLikeCPython(string name)
    {
        string dir = Path.Combine(SyntaxCorpus.Directory, "valid");
        byte[] source = File.ReadAllBytes(Path.Combine(dir, name));
        string expected = File.ReadAllText(Path.Combine(dir, Path.ChangeExtension(name, ".ast"))).TrimEnd('\n');
        var tree = PythonParser.Parse(source, name);
        Assert.Equal(expected, AstDump.Dump(tree, includeAttributes: true, indent: 1));
    }

    [Theory]
    [MemberData(nameof(SyntaxCorpus.SnippetIndexes), MemberType = typeof(SyntaxCorpus))]
    public void SnippetDumpsLikeCPython(int index)
    {
        var c = SyntaxCorpus.Snippets[index];
        var mode = c.Mode switch
        {
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            "func_type" => ParseMode.FuncType,
            _ => ParseMode.Exec,
        };
        string actual;
        try
        {
            actual = AstDump.Dump(PythonParser.Parse(c.Source, "<unknown>", mode, new ParseOptions { TypeComments = c.TypeComments }), true);
        }
        catch (SyntaxErrorException e)
        {
            actual = $"ERROR {e.PythonType}: {e.Msg} ({e.Lineno}, {e.Offset}, {e.EndLineno}, {e.EndOffset}) {e.Text}";
        }
        Assert.Equal(c.Expected, actual);
    }

    [Theory]
    [MemberData(nameof(SyntaxCorpus.InvalidIndexes), MemberType = typeof(SyntaxCorpus))]
    public void InvalidSnippetFailsLikeCPython(int index)
    {
        var c = SyntaxCorpus.Invalid[index];
        string actual;
        try
        {
            PythonParser.Parse(c.Source);
            actual = "parsed";
        }
        catch (SyntaxErrorException e)
        {
            actual = $"{e.PythonType}: {e.Msg} ({e.Lineno}, {e.Offset}, {e.EndLineno}, {e.EndOffset})";
        }
        catch (ParserRecursionException e)
        {
            actual = e.PythonType;
        }
        string expected = c.Type switch
        {
            null => "parsed",
            "MemoryError" or "RecursionError" => c.Type,
            _ => $"{c.Type}: {c.Msg} ({c.Lineno}, {c.Offset}, {c.EndLineno}, {c.EndOffset})",
        };
        Assert.Equal(expected, actual);
    }
}
