using Sharpy.Syntax.Diagnostics;
using Sharpy.Syntax.Parsing;

namespace Sharpy.Compiler.Tests;

/// <summary>Compile-time SyntaxWarnings compared with CPython 3.11 (Data/warning_expected.txt).</summary>
public sealed class WarningTests
{
    public static IEnumerable<object[]> Cases => CaseFile.Names("warning_cases.txt");

    private static List<CompilerWarning> CompileCollecting(string source, bool asError = false)
    {
        var warnings = new List<CompilerWarning>();
        var module = PythonParser.Parse(source, "<test>");
        PythonCompiler.Compile(module, "<test>", CompileMode.Exec, new CompileOptions
        {
            Source = source,
            Warn = w => { warnings.Add(w); return asError; },
        });
        return warnings;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        string source = CaseFile.Get("warning_cases.txt", name);
        var expected = CaseFile.Get("warning_expected.txt", name).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = CompileCollecting(source).Select(w => $"SyntaxWarning|{w.Message}|{w.Lineno}").ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void WarningTurnedIntoErrorRaisesSyntaxError()
    {
        var error = Assert.Throws<SyntaxErrorException>(() => CompileCollecting("x = 1\nif x is 1: pass\n", asError: true));
        Assert.Equal("\"is\" with a literal. Did you mean \"==\"?", error.Msg);
        Assert.Equal(2, error.Lineno);
    }
}
