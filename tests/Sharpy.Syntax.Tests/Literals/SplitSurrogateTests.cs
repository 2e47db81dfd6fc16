using Sharpy.Syntax;
using Sharpy.Syntax.Ast;
using Sharpy.Syntax.Parsing;
using Assert = Xunit.Assert;

namespace Sharpy.Syntax.Tests.Literals;

/// <summary>
/// '\ud834\udd1e' is two code points in CPython; as UTF-16 it would read as U+1D11E. The parser keeps them apart
/// with <see cref="CodePointString"/> (expected reprs from python3.11: repr(eval(source))).
/// </summary>
public sealed class SplitSurrogateTests
{
    private static object? ValueOf(string expression)
    {
        var module = (Module)PythonParser.Parse("x = " + expression + "\n");
        return ((Constant)((Assign)module.Body[0]).Value).Value;
    }

    [Theory]
    [InlineData(@"'\ud834\udd1e'", new[] { 0xD834, 0xDD1E }, @"'\ud834\udd1e'")]
    [InlineData(@"'\U0000d834\U0000DD1E'", new[] { 0xD834, 0xDD1E }, @"'\ud834\udd1e'")]
    [InlineData(@"'\ud834' '\udd1e'", new[] { 0xD834, 0xDD1E }, @"'\ud834\udd1e'")]
    [InlineData(@"'\U0001d11e\ud834\udd1e'", new[] { 0x1D11E, 0xD834, 0xDD1E }, "'\U0001d11e\\ud834\\udd1e'")]
    [InlineData(@"'a\ud834' u'\udd1e' 'b\ud834' '\udd1e'", new[] { 'a', 0xD834, 0xDD1E, 'b', 0xD834, 0xDD1E }, @"'a\ud834\udd1eb\ud834\udd1e'")]
    [InlineData(@"'x\ud800\udfff\'""'", new[] { 'x', 0xD800, 0xDFFF, '\'', '"' }, @"'x\ud800\udfff\'""'")]
    public void AdjacentLoneSurrogatesStayTwoCodePoints(string source, int[] codePoints, string repr)
    {
        var value = Assert.IsType<CodePointString>(ValueOf(source));
        Assert.Equal(codePoints, value.ToCodePoints());
        Assert.Equal(repr, PyRepr.Repr(value));
    }

    // Expected UTF-16 units as numbers: attribute strings cannot carry lone surrogates.
    [Theory]
    [InlineData(@"'\U0001d11e'", new[] { 0xD834, 0xDD1E })]
    [InlineData(@"'\udd1e\ud834'", new[] { 0xDD1E, 0xD834 })]
    [InlineData(@"'\ud834\U0001d11e'", new[] { 0xD834, 0xD834, 0xDD1E })]
    [InlineData(@"'\ud834'", new[] { 0xD834 })]
    [InlineData(@"r'\ud834' '\udd1e'", new[] { '\\', 'u', 'd', '8', '3', '4', 0xDD1E })]
    public void EverythingElseStaysAPlainString(string source, int[] units)
    {
        Assert.Equal(units, Assert.IsType<string>(ValueOf(source)).Select(c => (int)c).ToArray());
    }

    [Fact]
    public void FstringLiteralPartsJoinWithoutMerging()
    {
        var module = (Module)PythonParser.Parse("x = f'\\ud834' f'\\udd1e{y}\\ud83d' f'\\udca9'\n");
        var joined = (JoinedStr)((Assign)module.Body[0]).Value;
        var first = Assert.IsType<CodePointString>(((Constant)joined.Values[0]).Value);
        var last = Assert.IsType<CodePointString>(((Constant)joined.Values[2]).Value);
        Assert.Equal(new[] { 0xD834, 0xDD1E }, first.ToCodePoints());
        Assert.Equal(new[] { 0xD83D, 0xDCA9 }, last.ToCodePoints());
    }

    [Fact]
    public void DumpMatchesCPython()
    {
        // python3.11 -c "import ast; print(ast.dump(ast.parse(r\"x = '\ud834\udd1e' + '\U0001d11e'\")))"
        const string expected = @"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value='\ud834\udd1e'), op=Add(), right=Constant(value='" + "\U0001d11e" + @"')))], type_ignores=[])";
        Assert.Equal(expected, AstDump.Dump(PythonParser.Parse(@"x = '\ud834\udd1e' + '\U0001d11e'")));
    }

    [Fact]
    public void EqualityIsByCodePointsAndNeverWithPlainStrings()
    {
        object a = ValueOf(@"'\ud834\udd1e'")!, b = ValueOf(@"'\ud834' '\udd1e'")!;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals("\U0001d11e"));
        Assert.NotEqual(a, ValueOf(@"'\ud834\udd1e\ud834\udd1e'"));
    }

    [Fact]
    public void ConcatKeepsSplitsAndJoinsPlainStrings()
    {
        Assert.Equal("ab", CodePointString.Concat("a", "b"));
        var joined = Assert.IsType<CodePointString>(CodePointString.Concat("x\ud834", "\udd1e"));
        Assert.Equal(new[] { 'x', 0xD834, 0xDD1E }, joined.ToCodePoints());
        var twice = Assert.IsType<CodePointString>(CodePointString.Concat(joined, joined));
        Assert.Equal(new[] { 'x', 0xD834, 0xDD1E, 'x', 0xD834, 0xDD1E }, twice.ToCodePoints());
    }
}
