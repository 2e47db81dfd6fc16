using Sharpy.Syntax.Diagnostics;

namespace Sharpy.Compiler.Tests;

/// <summary>Compile-time SyntaxErrors (message and position) compared with CPython 3.11 (Data/error_expected.txt).</summary>
public sealed class CompileErrorTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Names("error_cases.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        string source = CaseFile.Get("error_cases.txt", name);
        string expected = CaseFile.Get("error_expected.txt", name).Trim();
        if (expected == "NO ERROR")
        {
            BytecodeVerifier.VerifyAll(TestCompiler.Compile(source));
            return;
        }
        var error = Assert.Throws<SyntaxErrorException>(() => TestCompiler.Compile(source));
        var parts = expected.Split('|');
        Assert.Equal(parts[0], error.PythonType);
        Assert.Equal(parts[1], error.Msg);
        Assert.Equal(int.Parse(parts[2]), error.Lineno);
        Assert.Equal(int.Parse(parts[3]), error.Offset);
        if (parts[4] != "None") Assert.Equal(int.Parse(parts[4]), error.EndLineno);
        if (parts[5] != "None") Assert.Equal(int.Parse(parts[5]), error.EndOffset);
    }
}
