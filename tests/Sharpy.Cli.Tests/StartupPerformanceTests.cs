using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;
using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// The start-up and import shortcuts (docs/architecture.md, "Start-up and import performance") must give
/// exactly the results of the slow paths they replace.
/// </summary>
public sealed class StartupPerformanceTests
{
    [Fact]
    public void ManagedSha256MatchesTheSystemImplementation()
    {
        var random = new Random(42);
        // Every length around the 64-byte block and the 55/56-byte padding boundary, then longer inputs.
        foreach (int length in Enumerable.Range(0, 200).Concat([447, 448, 511, 512, 513, 4095, 10_000]))
        {
            byte[] data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(SHA256.HashData(data), ManagedSha256.HashData(data));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), ManagedSha256.HexDigest(data));
        }
    }

    [Fact]
    public void TheMagicInEveryPycIsTheDerivedMagicAndTheLastLedgerEntry()
    {
        // Start-up uses the constant; the derivation (opcode table + serializer version) must agree with it.
        Assert.Equal(PycMagic.Number, PycMagic.Current);
        Assert.Equal(MagicLedger.Entries[^1].Magic, MagicLedger.CurrentMagic);
        Assert.Equal(PycMagic.Current, PycMagic.Bytes[0] | (PycMagic.Bytes[1] << 8));
        string expectedFingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            (string)typeof(PycMagic).GetMethod("FingerprintText", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .Invoke(null, null)!)));
        Assert.Equal(expectedFingerprint, PycMagic.Fingerprint);
    }

    [Fact]
    public void OneCallSourceStatAgreesWithFileInfo()
    {
        using var tmp = new TempDir();
        string path = tmp.Write("m.py", "x = 1\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 5, 17, 10, 11, 12, DateTimeKind.Utc).AddTicks(1234567));
        var info = new FileInfo(path);
        SourceStat? stat = SourceStat.TryOf(path);
        Assert.NotNull(stat);
        Assert.Equal(SourceStat.ToUnixNanoseconds(info.LastWriteTimeUtc), stat.Value.MtimeNs);
        Assert.Equal(info.Length, stat.Value.Size);
        Assert.Equal(stat, SourceStat.Of(info));
        if (OperatingSystem.IsLinux())
            Assert.NotEqual(0, stat.Value.CtimeNs);
    }

    [Fact]
    public void SourceStatOfMissingFilesAndDirectories()
    {
        using var tmp = new TempDir();
        Directory.CreateDirectory(tmp["pkg"]);
        Assert.Null(SourceStat.TryOf(tmp["missing.py"]));
        Assert.Null(SourceStat.TryOf(tmp["pkg"]));
        Assert.Throws<FileNotFoundException>(() => SourceStat.Of(new FileInfo(tmp["missing.py"])));
    }

    [Fact]
    public void OutputAppendedToARedirectedFileKeepsWhatWasThere()
    {
        // sys.stdout writes with write(2) on the inherited descriptor, so an O_APPEND file (>>) and the
        // shared file offset behave as with CPython.
        using var tmp = new TempDir();
        string output = tmp.Write("out.txt", "before\n");
        string sharpy = RepoPaths.SharpyExe;
        var psi = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", $"'{sharpy}' -c \"print('one')\" >> out.txt; echo two >> out.txt; '{sharpy}' -c \"import sys; sys.stdout.write('three\\n')\" >> out.txt" },
            WorkingDirectory = tmp.Dir,
            UseShellExecute = false,
        };
        psi.Environment["PATH"] = "/usr/bin:/bin";
        using (var process = Process.Start(psi)!)
            process.WaitForExit();
        Assert.Equal("before\none\ntwo\nthree\n", File.ReadAllText(output));
    }

    [Fact]
    public void AClosedPipeOnStdoutIsNotAnError()
    {
        using var tmp = new TempDir();
        string sharpy = RepoPaths.SharpyExe;
        var psi = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", $"'{sharpy}' -c \"for i in range(200000): print(i)\" | head -n 2" },
            WorkingDirectory = tmp.Dir,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["PATH"] = "/usr/bin:/bin";
        using var process = Process.Start(psi)!;
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.StartsWith("0\n1\n", stdout);
        Assert.DoesNotContain("Fatal", stderr);
        Assert.DoesNotContain("System.", stderr);
    }

    [Fact]
    public void StartupTraceIsOffByDefaultAndReportsPhasesWhenAsked()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        tmp.Write("main.py", "import m\nprint(m.X)\n");
        ProcessResult plain = SharpyProcess.Run(["main.py"], tmp.Dir);
        Assert.Equal("1\n", plain.Stdout);
        Assert.Equal("", plain.Stderr);

        ProcessResult traced = SharpyProcess.Run(["main.py"], tmp.Dir, new Dictionary<string, string> { ["SHARPY_TRACE_STARTUP"] = "1" });
        Assert.Equal("1\n", traced.Stdout);
        Assert.Contains("[startup]", traced.Stderr);
        Assert.Contains("runtime created", traced.Stderr);
        Assert.Contains("import: get code", traced.Stderr);
        Assert.Contains("GCs gen0/1/2", traced.Stderr);
    }

    [Fact]
    public void ColdAndWarmImportsThrowNoDotNetExceptions()
    {
        // A missing cache is the normal case, not an exceptional one: .NET exceptions cost a resource lookup
        // and a stack walk each (measurable over a few hundred imports).
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        tmp.Write("main.py", "import m\nprint(m.X)\n");
        var env = new Dictionary<string, string> { ["SHARPY_TRACE_STARTUP"] = "1" };
        foreach (string run in new[] { "cold", "warm" })
        {
            ProcessResult r = SharpyProcess.Run(["main.py"], tmp.Dir, env);
            Assert.Equal("1\n", r.Stdout);
            Assert.True(r.Stderr.Contains(".NET exceptions thrown: 0", StringComparison.Ordinal), run + ":\n" + r.Stderr);
            Assert.True(File.Exists(tmp["__pycache__/m.sharpy-311.pyc"]), run);
        }
    }
}
