using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

public sealed class VersionTests
{
    [Theory]
    [InlineData("-VV")]
    [InlineData("-V", "-V")]
    [InlineData("--version", "--version")]
    public void VerboseVersionHasBuildInformation(params string[] args)
    {
        using var tmp = new TempDir();
        ProcessResult r = SharpyProcess.Run(args, tmp.Dir);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Python 3.11.7 (", r.Stdout);
        Assert.EndsWith("\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }
}
