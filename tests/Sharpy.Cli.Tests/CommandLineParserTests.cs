using Sharpy.Cli.CommandLine;

namespace Sharpy.Cli.Tests;

/// <summary>The option layer in-process: precedence and parsing rules observed on CPython 3.11.</summary>
public sealed class CommandLineParserTests
{
    private static (CommandLineOptions? Options, int Exit, string Out, string Err) Parse(
        string[] args, Dictionary<string, string>? env = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ParseOutcome outcome = CommandLineParser.Parse(args, name => env is not null && env.TryGetValue(name, out var v) ? v : null,
            "prog", stdout, stderr);
        return (outcome.Options, outcome.ExitCode, stdout.ToString(), stderr.ToString());
    }

    private static CommandLineOptions Options(string[] args, Dictionary<string, string>? env = null)
    {
        var r = Parse(args, env);
        Assert.True(r.Options is not null, r.Err);
        return r.Options!;
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("abc", 1)]
    [InlineData("-3", 1)]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    [InlineData(" 2", 2)]
    [InlineData("2 ", 1)]
    public void PythonOptimizeIsParsedAsCpythonDoes(string value, int expected)
    {
        Assert.Equal(expected, Options(["-c", "pass"], new() { ["PYTHONOPTIMIZE"] = value }).Optimize);
    }

    [Theory]
    [InlineData(new[] { "-O" }, "2", 2)]
    [InlineData(new[] { "-OO" }, "1", 2)]
    [InlineData(new[] { "-OOO" }, "", 3)]
    [InlineData(new[] { "-O", "-E" }, "2", 1)]
    public void OptimizeLevelIsTheMaximumOfOptionAndVariable(string[] flags, string env, int expected)
    {
        Assert.Equal(expected, Options([.. flags, "-c", "pass"], new() { ["PYTHONOPTIMIZE"] = env }).Optimize);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("abc", true)]
    [InlineData("-1", true)]
    [InlineData(" ", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void DontWriteBytecodeVariable(string value, bool expected)
    {
        Assert.Equal(expected, Options(["-c", "pass"], new() { ["PYTHONDONTWRITEBYTECODE"] = value }).DontWriteBytecode);
    }

    [Theory]
    [InlineData("-E")]
    [InlineData("-I")]
    public void EnvironmentIsIgnoredUnderEAndI(string flag)
    {
        var env = new Dictionary<string, string>
        {
            ["PYTHONDONTWRITEBYTECODE"] = "1", ["PYTHONOPTIMIZE"] = "2", ["PYTHONPYCACHEPREFIX"] = "/p",
            ["PYTHONPATH"] = "/x", ["PYTHONVERBOSE"] = "1", ["PYTHONUNBUFFERED"] = "1",
        };
        var o = Options([flag, "-c", "pass"], env);
        Assert.False(o.DontWriteBytecode);
        Assert.Equal(0, o.Optimize);
        Assert.Null(o.PycachePrefix);
        Assert.Empty(o.PythonPath);
        Assert.Equal(0, o.Verbose);
        Assert.False(o.Unbuffered);
        Assert.True(o.IgnoreEnvironment);
    }

    [Fact]
    public void IsolatedImpliesSafePathAndNoUserSite()
    {
        var o = Options(["-I", "-c", "pass"]);
        Assert.True(o.Isolated && o.SafePath && o.NoUserSite);
    }

    [Theory]
    [InlineData(new[] { "-X", "pycache_prefix=/b" }, "/a", "/b")]
    [InlineData(new[] { "-X", "pycache_prefix=" }, "/a", null)]
    [InlineData(new[] { "-X", "pycache_prefix" }, "/a", null)]
    [InlineData(new string[0], "/a", "/a")]
    [InlineData(new string[0], "", null)]
    [InlineData(new[] { "-X", "pycache_prefix=rel" }, "", "rel")]
    public void PycachePrefixPrecedence(string[] flags, string env, string? expected)
    {
        Assert.Equal(expected, Options([.. flags, "-c", "pass"], new() { ["PYTHONPYCACHEPREFIX"] = env }).PycachePrefix);
    }

    [Fact]
    public void CommandEndsOptionParsingAndArgvStartsWithDashC()
    {
        var o = Options(["-B", "-c", "code", "-O", "x"]);
        Assert.Equal(RunMode.Command, o.Mode);
        Assert.Equal("code", o.Command);
        Assert.Equal(["-c", "-O", "x"], o.Argv);
        Assert.Equal(0, o.Optimize);
        Assert.True(o.DontWriteBytecode);
    }

    [Fact]
    public void ClusteredCommand()
    {
        var o = Options(["-OOBc", "print(1)", "a"]);
        Assert.Equal("print(1)", o.Command);
        Assert.Equal(2, o.Optimize);
        Assert.Equal(["-c", "a"], o.Argv);
    }

    [Fact]
    public void ModuleArgvStartsWithDashM()
    {
        var o = Options(["-mpkg.mod", "-v"]);
        Assert.Equal(RunMode.Module, o.Mode);
        Assert.Equal("pkg.mod", o.Module);
        Assert.Equal(["-m", "-v"], o.Argv);
        Assert.Equal(0, o.Verbose);
    }

    [Fact]
    public void FileAndArguments()
    {
        var o = Options(["-u", "script.py", "-O", "--", "z"]);
        Assert.Equal(RunMode.File, o.Mode);
        Assert.Equal("script.py", o.Filename);
        Assert.Equal(["script.py", "-O", "--", "z"], o.Argv);
        Assert.True(o.Unbuffered);
    }

    [Fact]
    public void DoubleDashEndsOptions()
    {
        var o = Options(["--", "-file.py"]);
        Assert.Equal("-file.py", o.Filename);
    }

    [Theory]
    [InlineData(new string[0], new[] { "" })]
    [InlineData(new[] { "-" }, new[] { "-" })]
    [InlineData(new[] { "-", "a" }, new[] { "-", "a" })]
    public void StdinArgv(string[] args, string[] argv)
    {
        var o = Options(args);
        Assert.Equal(RunMode.Stdin, o.Mode);
        Assert.Equal(argv, o.Argv);
    }

    [Fact]
    public void WarnOptionsOrder()
    {
        var o = Options(["-b", "-X", "dev", "-W", "error", "-c", "pass"], new() { ["PYTHONWARNINGS"] = "once,,ignore::X" });
        Assert.Equal(["default", "once", "ignore::X", "error", "default::BytesWarning"], o.WarnOptions);
    }

    [Fact]
    public void PythonPathEntriesAreAbsoluteAndNormalised()
    {
        var o = Options(["-c", "pass"], new() { ["PYTHONPATH"] = "/x/../y:/z:" });
        Assert.Equal(["/y", "/z", Directory.GetCurrentDirectory()], o.PythonPath);
    }

    [Theory]
    [InlineData("check-hash-based-pycs", "always")]
    [InlineData("check-hash-based-pycs", "never")]
    public void CheckHashBasedPycs(string option, string value)
    {
        Assert.Equal(value, Options(["--" + option, value, "-c", "pass"]).CheckHashBasedPycs);
    }

    [Fact]
    public void VerboseCountsAndEnvironmentTakesMaximum()
    {
        Assert.Equal(3, Options(["-vvv", "-c", "pass"], new() { ["PYTHONVERBOSE"] = "2" }).Verbose);
        Assert.Equal(2, Options(["-v", "-c", "pass"], new() { ["PYTHONVERBOSE"] = "2" }).Verbose);
    }

    [Fact]
    public void ImportTimeFromOptionOrVariable()
    {
        Assert.True(Options(["-X", "importtime", "-c", "pass"]).ImportTime);
        Assert.True(Options(["-c", "pass"], new() { ["PYTHONPROFILEIMPORTTIME"] = "1" }).ImportTime);
        Assert.False(Options(["-E", "-c", "pass"], new() { ["PYTHONPROFILEIMPORTTIME"] = "1" }).ImportTime);
    }

    [Theory]
    [InlineData("0", 0u)]
    [InlineData("4294967295", 4294967295u)]
    [InlineData("random", null)]
    public void HashSeedAccepted(string value, uint? expected)
    {
        Assert.Equal(expected, Options(["-c", "pass"], new() { ["PYTHONHASHSEED"] = value }).HashSeed);
    }

    [Fact]
    public void UsageErrorNamesTheProgram()
    {
        var r = Parse(["-z"]);
        Assert.Equal(2, r.Exit);
        Assert.Equal("Unknown option: -z\nusage: prog [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `sharpy -h' for more information.\n", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void LoneDashAfterOptionClusterStartsTheProgram()
    {
        var r = Parse(["-B-", "-c", "pass"]);
        Assert.Equal("expected long option\n", r.Err);
        Assert.Equal("-c", r.Options!.Filename);
    }
}
