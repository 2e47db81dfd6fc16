using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>The sharpy command against CPython 3.11's recorded behaviour (Data/cli_cases.json).</summary>
public sealed class CpythonCaseTests
{
    public static IEnumerable<object[]> OptionCases => CliCase.Names("options");
    public static IEnumerable<object[]> RunCases => CliCase.Names("run");
    public static IEnumerable<object[]> ImportCases => CliCase.Names("import");
    public static IEnumerable<object[]> CacheCases => CliCase.Names("cache");

    [Theory]
    [MemberData(nameof(OptionCases))]
    public void Options(string name) => Check(CliCase.Get(name));

    [Theory]
    [MemberData(nameof(RunCases))]
    public void Running(string name) => Check(CliCase.Get(name));

    [Theory]
    [MemberData(nameof(ImportCases))]
    public void Importing(string name) => Check(CliCase.Get(name));

    /// <summary>
    /// Bytecode-cache scenarios (Data/cache_cases_spec.py): py_compile, compileall, importlib.util/machinery,
    /// sourceless and damaged pycs, tracebacks from cached code, marshal round trips and compile().
    /// </summary>
    [Theory]
    [MemberData(nameof(CacheCases))]
    public void Caching(string name) => Check(CliCase.Get(name));

    private static void Check(CliCase c)
    {
        ProcessResult actual = c.RunSharpy();
        if (c.Compares("stdout"))
            Assert.Equal(c.Stdout, actual.Stdout);
        if (c.Compares("stderr"))
            Assert.Equal(c.Stderr, actual.Stderr);
        else if (c.Compares("stderr_without_markers"))
            Assert.Equal(WithoutMarkerLines(c.Stderr), WithoutMarkerLines(actual.Stderr));
        if (c.Compares("rc"))
            Assert.True(c.Rc == actual.ExitCode, $"exit code: expected {c.Rc}, got {actual}");
    }

    /// <summary>
    /// Traceback position markers (^^^ / ~~^~~ lines) come from the compiler's location table, not from
    /// the import system these cases test, so some cases compare tracebacks without them.
    /// </summary>
    private static string WithoutMarkerLines(string text) =>
        string.Join('\n', text.Split('\n').Where(line => line.Trim().Length == 0 || line.Trim().Trim('^', '~').Length > 0));
}
