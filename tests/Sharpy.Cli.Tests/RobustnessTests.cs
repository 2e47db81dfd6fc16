using System.Text.RegularExpressions;
using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>Hostile or unusual input never produces a .NET stack trace, only Python errors.</summary>
public sealed class RobustnessTests
{
    private static void AssertNoDotNetTrace(ProcessResult r)
    {
        foreach (string marker in new[] { "   at Sharpy.", "Unhandled exception", "System.", "internal error in Sharpy" })
            Assert.False(r.Stderr.Contains(marker, StringComparison.Ordinal), $"found '{marker}':\n{r}");
    }

    [Fact]
    public void BinaryGarbageAsASourceFile()
    {
        using var tmp = new TempDir();
        var random = new Random(1234);
        byte[] junk = new byte[4096];
        random.NextBytes(junk);
        junk[0] = (byte)'x'; // not a pyc magic
        File.WriteAllBytes(tmp["junk.py"], junk);
        ProcessResult r = SharpyProcess.Run(["junk.py"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("SyntaxError", r.Stderr);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void InvalidUtf8Source()
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp["bad.py"], [(byte)'x', (byte)'=', 0xff, 0xfe, (byte)'\n']);
        ProcessResult r = SharpyProcess.Run(["bad.py"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("SyntaxError", r.Stderr);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void NulBytesInSource()
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp["nul.py"], "x = 1\0\n"u8.ToArray());
        ProcessResult r = SharpyProcess.Run(["nul.py"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void DeeplyNestedExpression()
    {
        using var tmp = new TempDir();
        tmp.Write("deep.py", "x = " + new string('(', 100_000) + new string(')', 100_000) + "\n");
        ProcessResult r = SharpyProcess.Run(["deep.py"], tmp.Dir);
        Assert.NotEqual(0, r.ExitCode);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void DeepRecursionIsARecursionError()
    {
        using var tmp = new TempDir();
        ProcessResult r = SharpyProcess.Run(["-c", "def f(n): return f(n + 1)\nf(0)"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("RecursionError: maximum recursion depth exceeded\n", r.Stderr);
        AssertNoDotNetTrace(r);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[0])]
    public void GarbagePycRunDirectly(byte[] content)
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp["x.pyc"], content);
        ProcessResult r = SharpyProcess.Run(["x.pyc"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches("(RuntimeError: Bad magic number in .pyc file|EOFError: EOF read where not expected)\n$", r.Stderr);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void TruncatedPycRunDirectly()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "print('hello from a pyc')\n");
        Assert.Equal(0, SharpyProcess.Run(["-m", "compileall", "-q", "-b", "m.py"], tmp.Dir).ExitCode);
        byte[] pyc = File.ReadAllBytes(tmp["m.pyc"]);
        Assert.Equal("hello from a pyc\n", SharpyProcess.Run(["m.pyc"], tmp.Dir).Stdout);
        File.WriteAllBytes(tmp["m.pyc"], pyc[..(pyc.Length - 5)]);
        ProcessResult r = SharpyProcess.Run(["m.pyc"], tmp.Dir);
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("RuntimeError: Bad code object in .pyc file\n", r.Stderr);
        AssertNoDotNetTrace(r);
    }

    [Fact]
    public void RandomBytesInEveryCacheFileAreSurvived()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "V = 'ok'\n");
        SharpyProcess.Run(["-c", "import m"], tmp.Dir);
        string pyc = tmp["__pycache__/m.sharpy-311.pyc"];
        byte[] good = File.ReadAllBytes(pyc);
        var random = new Random(99);
        for (int round = 0; round < 4; round++)
        {
            byte[] bad = (byte[])good.Clone();
            int flips = 1 + random.Next(8);
            for (int i = 0; i < flips; i++)
                bad[random.Next(bad.Length)] = (byte)random.Next(256);
            File.WriteAllBytes(pyc, round == 3 ? bad[..random.Next(bad.Length)] : bad);
            ProcessResult r = SharpyProcess.Run(["-c", "import m; print(m.V)"], tmp.Dir);
            Assert.Equal("ok\n", r.Stdout);
            AssertNoDotNetTrace(r);
        }
    }

    [Fact]
    public void ImportTimeFormat()
    {
        using var tmp = new TempDir();
        tmp.Write("pkg/__init__.py", "");
        tmp.Write("pkg/mod.py", "");
        ProcessResult r = SharpyProcess.Run(["-X", "importtime", "-c", "import pkg.mod"], tmp.Dir);
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("import time: self [us] | cumulative | imported package", lines[0]);
        Assert.Matches(new Regex(@"^import time: +\d+ \| +\d+ \|   pkg$"), lines[^2]);
        Assert.Matches(new Regex(@"^import time: +\d+ \| +\d+ \| pkg\.mod$"), lines[^1]);
        Assert.Equal(lines[^1].IndexOf('|'), "import time: self [us] |".Length - 1);
    }

    [Fact]
    public void NoImportTimeUnderDashEEvenWithTheVariable()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "");
        ProcessResult r = SharpyProcess.Run(["-E", "-c", "import m"], tmp.Dir, new Dictionary<string, string> { ["PYTHONPROFILEIMPORTTIME"] = "1" });
        Assert.Equal("", r.Stderr);
    }
}
