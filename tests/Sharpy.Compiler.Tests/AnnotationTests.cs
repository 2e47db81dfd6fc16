namespace Sharpy.Compiler.Tests;

/// <summary>`from __future__ import annotations` stringification compared with CPython 3.11 (Data/annotation_expected.txt).</summary>
public sealed class AnnotationTests
{
    public static IEnumerable<object[]> Cases()
    {
        var sources = File.ReadAllLines(TestCompiler.DataPath("annotation_cases.txt"));
        var expected = File.ReadAllLines(TestCompiler.DataPath("annotation_expected.txt"));
        for (int i = 0; i < sources.Length; i++) yield return new object[] { sources[i], expected[i] };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StringifiesLikeCPython(string annotation, string expected)
    {
        string source = annotation.StartsWith('*')
            ? $"from __future__ import annotations\nasync def f(*args: {annotation}): pass\n"
            : $"from __future__ import annotations\nx: {annotation}\n";
        var code = TestCompiler.Compile(source);
        BytecodeVerifier.VerifyAll(code);
        Assert.Contains(expected, code.Consts.OfType<string>());
        Assert.True((code.Flags & Sharpy.Bytecode.Code.CodeFlags.FutureAnnotations) != 0);
    }

    [Fact]
    public void WithoutFutureAnnotationsAreEvaluated()
    {
        var code = TestCompiler.Compile("x: int = 1\n");
        Assert.Contains("int", code.Names);
        Assert.DoesNotContain("int", code.Consts.OfType<string>());
    }
}
