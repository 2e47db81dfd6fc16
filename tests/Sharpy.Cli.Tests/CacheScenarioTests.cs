using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// The bytecode cache as seen from the command line: where caches are written, which switches stop
/// writing, how they are named, and that a cache never makes Sharpy run stale code.
/// </summary>
public sealed class CacheScenarioTests
{
    private const string Tag = "sharpy-311";

    private static ProcessResult Run(TempDir tmp, params string[] args) => SharpyProcess.Run(args, tmp.Dir);

    private static ProcessResult RunEnv(TempDir tmp, Dictionary<string, string> env, params string[] args) =>
        SharpyProcess.Run(args, tmp.Dir, env);

    private static string[] CacheFiles(TempDir tmp) =>
        Directory.Exists(tmp.Dir)
            ? Directory.EnumerateFiles(tmp.Dir, "*", SearchOption.AllDirectories)
                .Where(f => f.Contains("__pycache__") || f.EndsWith(".pyc"))
                .Select(f => Path.GetRelativePath(tmp.Dir, f)).Order(StringComparer.Ordinal).ToArray()
            : [];

    [Fact]
    public void MainScriptIsCachedThenLoadedFromTheCache()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import sys\nprint(__name__, __file__ == sys.argv[0] or __file__, __cached__)\n");
        string pyc = tmp[$"__pycache__/main.{Tag}.pyc"];

        ProcessResult first = Run(tmp, "-v", "main.py");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"__main__ {tmp["main.py"]} {pyc}\n", first.Stdout);
        Assert.True(File.Exists(pyc), first.ToString());
        Assert.Contains($"# code object from {tmp["main.py"]}\n", first.Stderr);

        ProcessResult second = Run(tmp, "-v", "main.py");
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains($"# {pyc} matches {tmp["main.py"]}\n", second.Stderr);
        Assert.Contains($"# code object from '{pyc}'\n", second.Stderr);
    }

    [Fact]
    public void NewPycacheDirectoryGetsAGitignore()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import helper\n");
        tmp.Write("helper.py", "X = 1\n");
        Assert.Equal(0, Run(tmp, "main.py").ExitCode);
        Assert.Equal(
            ["__pycache__/.gitignore", $"__pycache__/helper.{Tag}.pyc", $"__pycache__/main.{Tag}.pyc"],
            CacheFiles(tmp));
    }

    [Fact]
    public void ExistingPycacheDirectoryIsNotGivenAGitignore()
    {
        using var tmp = new TempDir();
        Directory.CreateDirectory(tmp["__pycache__"]);
        tmp.Write("main.py", "pass\n");
        Assert.Equal(0, Run(tmp, "main.py").ExitCode);
        Assert.Equal([$"__pycache__/main.{Tag}.pyc"], CacheFiles(tmp));
    }

    [Fact]
    public void PackagesAndModulesAreCachedWhereCPythonCachesThem()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import pkg.sub.mod\n");
        tmp.Write("pkg/__init__.py", "");
        tmp.Write("pkg/sub/__init__.py", "");
        tmp.Write("pkg/sub/mod.py", "V = 1\n");
        Assert.Equal(0, Run(tmp, "main.py").ExitCode);
        string[] files = CacheFiles(tmp);
        Assert.Contains($"pkg/__pycache__/__init__.{Tag}.pyc", files);
        Assert.Contains($"pkg/sub/__pycache__/__init__.{Tag}.pyc", files);
        Assert.Contains($"pkg/sub/__pycache__/mod.{Tag}.pyc", files);
    }

    [Theory]
    [InlineData("-B")]
    [InlineData("-Bc")]
    public void DashBWritesNothing(string flag)
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        tmp.Write("main.py", "import m\nprint(m.X)\n");
        ProcessResult r = flag == "-B" ? Run(tmp, "-B", "main.py") : Run(tmp, "-Bc", "import m; print(m.X)");
        Assert.Equal("1\n", r.Stdout);
        Assert.Empty(CacheFiles(tmp));
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("abc", false)]
    [InlineData("0", true)]
    [InlineData("", true)]
    public void DontWriteBytecodeVariable(string value, bool written)
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        ProcessResult r = RunEnv(tmp, new() { ["PYTHONDONTWRITEBYTECODE"] = value }, "-c", "import m");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(written, File.Exists(tmp[$"__pycache__/m.{Tag}.pyc"]));
    }

    [Theory]
    [InlineData("-E")]
    [InlineData("-I")]
    public void DontWriteBytecodeVariableIgnoredUnderEAndI(string flag)
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        // -I drops the script directory from sys.path, so import through an explicit path entry.
        ProcessResult r = RunEnv(tmp, new() { ["PYTHONDONTWRITEBYTECODE"] = "1" }, flag, "-c",
            $"import sys; sys.path.insert(0, {PyStr(tmp.Dir)}); import m");
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(tmp[$"__pycache__/m.{Tag}.pyc"]), r.ToString());
    }

    [Fact]
    public void SysDontWriteBytecodeCanBeChangedAtRunTime()
    {
        using var tmp = new TempDir();
        tmp.Write("a.py", "");
        tmp.Write("b.py", "");
        ProcessResult r = Run(tmp, "-B", "-c", "import sys, a; sys.dont_write_bytecode = False; import b; print(sys.flags.dont_write_bytecode)");
        Assert.Equal("1\n", r.Stdout);
        Assert.False(File.Exists(tmp[$"__pycache__/a.{Tag}.pyc"]));
        Assert.True(File.Exists(tmp[$"__pycache__/b.{Tag}.pyc"]));
    }

    [Fact]
    public void ExistingCacheIsStillReadUnderDashB()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "X = 1\n");
        Run(tmp, "-c", "import m");
        string pyc = tmp[$"__pycache__/m.{Tag}.pyc"];
        Assert.True(File.Exists(pyc));
        ProcessResult r = Run(tmp, "-B", "-v", "-c", "import m");
        Assert.Contains($"# code object from '{pyc}'", r.Stderr);
    }

    [Theory]
    [InlineData(new[] { "-O" }, "", ".opt-1")]
    [InlineData(new[] { "-OO" }, "", ".opt-2")]
    [InlineData(new string[0], "2", ".opt-2")]
    [InlineData(new[] { "-OOO" }, "", ".opt-3")]
    [InlineData(new string[0], "", "")]
    public void OptimizationLevelNamesTheCache(string[] flags, string env, string suffix)
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\n");
        tmp.Write("m.py", "assert False, 'asserts are on'\n");
        ProcessResult r = RunEnv(tmp, new() { ["PYTHONOPTIMIZE"] = env }, [.. flags, "main.py"]);
        Assert.Equal(suffix.Length == 0 ? 1 : 0, r.ExitCode);
        Assert.True(File.Exists(tmp[$"__pycache__/m.{Tag}{suffix}.pyc"]), string.Join(", ", CacheFiles(tmp)));
        Assert.True(File.Exists(tmp[$"__pycache__/main.{Tag}{suffix}.pyc"]));
    }

    [Fact]
    public void PycachePrefixMovesCachesOutOfTheTree()
    {
        using var tmp = new TempDir();
        using var prefix = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.__cached__)\n");
        tmp.Write("m.py", "");
        ProcessResult r = Run(tmp, "-X", "pycache_prefix=" + prefix.Dir, "main.py");
        string expected = prefix.Dir + tmp.Dir + $"/m.{Tag}.pyc";
        Assert.Equal(expected + "\n", r.Stdout);
        Assert.True(File.Exists(expected), r.ToString());
        Assert.True(File.Exists(prefix.Dir + tmp.Dir + $"/main.{Tag}.pyc"));
        Assert.False(Directory.Exists(tmp["__pycache__"]));
    }

    [Fact]
    public void PycachePrefixFromTheEnvironment()
    {
        using var tmp = new TempDir();
        using var prefix = new TempDir();
        tmp.Write("m.py", "");
        ProcessResult r = RunEnv(tmp, new() { ["PYTHONPYCACHEPREFIX"] = prefix.Dir }, "-c", "import sys, m; print(sys.pycache_prefix)");
        Assert.Equal(prefix.Dir + "\n", r.Stdout);
        Assert.True(File.Exists(prefix.Dir + tmp.Dir + $"/m.{Tag}.pyc"));
        Assert.False(Directory.Exists(tmp["__pycache__"]));
    }

    [Fact]
    public void SameSecondSameSizeEditWithRestoredMtimeRunsTheNewCode()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.V)\n");
        string source = tmp.Write("m.py", "V = 'old'\n");
        DateTime mtime = File.GetLastWriteTimeUtc(source);
        Assert.Equal("old\n", Run(tmp, "main.py").Stdout);

        File.WriteAllText(source, "V = 'new'\n"); // same size
        File.SetLastWriteTimeUtc(source, mtime);   // and exactly the same mtime
        Assert.Equal("new\n", Run(tmp, "main.py").Stdout);
        Assert.Equal("new\n", Run(tmp, "main.py").Stdout);
    }

    [Fact]
    public void SameSizeEditOfTheMainScriptWithRestoredMtimeRunsTheNewCode()
    {
        using var tmp = new TempDir();
        string script = tmp.Write("main.py", "print('one')\n");
        DateTime mtime = File.GetLastWriteTimeUtc(script);
        Assert.Equal("one\n", Run(tmp, "main.py").Stdout);
        File.WriteAllText(script, "print('two')\n");
        File.SetLastWriteTimeUtc(script, mtime);
        Assert.Equal("two\n", Run(tmp, "main.py").Stdout);
    }

    [Fact]
    public void ReloadRightAfterASameSizeEditRunsTheNewCode()
    {
        // CPython returns the old code when this edit lands in the same second as the first write
        // (gh-120932); Sharpy's racy-clean check makes the outcome independent of timing.
        using var tmp = new TempDir();
        tmp.Write("m.py", "V = 'one'\n");
        tmp.Write("main.py",
            "import importlib, m\nprint(m.V)\nwith open('m.py', 'w') as f:\n    f.write(\"V = 'two'\\n\")\nimportlib.reload(m)\nprint(m.V)\n");
        ProcessResult r = Run(tmp, "main.py");
        Assert.Equal("one\ntwo\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void EditedSourceIsRecompiledAndTheCacheRewritten()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.V)\n");
        string source = tmp.Write("m.py", "V = 1\n");
        Run(tmp, "main.py");
        string pyc = tmp[$"__pycache__/m.{Tag}.pyc"];
        byte[] before = File.ReadAllBytes(pyc);
        File.WriteAllText(source, "V = 12345\n");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(-30));
        Assert.Equal("12345\n", Run(tmp, "main.py").Stdout);
        Assert.NotEqual(before, File.ReadAllBytes(pyc));
    }

    [Fact]
    public void CheckedHashPycFollowsTheSource()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.V)\n");
        string source = tmp.Write("m.py", "V = 'aaa'\n");
        ProcessResult compile = RunEnv(tmp, new() { ["SOURCE_DATE_EPOCH"] = "1" }, "-m", "py_compile", "m.py");
        Assert.Equal(0, compile.ExitCode);
        string pyc = tmp[$"__pycache__/m.{Tag}.pyc"];
        Assert.Equal(3, File.ReadAllBytes(pyc)[4]); // flags: hash-based, check source

        DateTime mtime = File.GetLastWriteTimeUtc(source);
        File.WriteAllText(source, "V = 'bbb'\n");
        File.SetLastWriteTimeUtc(source, mtime);
        Assert.Equal("bbb\n", Run(tmp, "main.py").Stdout);
        Assert.Equal(3, File.ReadAllBytes(pyc)[4]); // rewritten as a checked-hash pyc
    }

    [Fact]
    public void UncheckedHashPycIsTrustedUnlessCheckingIsForced()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.V)\n");
        string source = tmp.Write("m.py", "V = 'aaa'\n");
        ProcessResult compile = Run(tmp, "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash", "m.py");
        Assert.Equal(0, compile.ExitCode);
        string pyc = tmp[$"__pycache__/m.{Tag}.pyc"];
        Assert.Equal(1, File.ReadAllBytes(pyc)[4]);

        File.WriteAllText(source, "V = 'bbb'\n");
        Assert.Equal("aaa\n", Run(tmp, "main.py").Stdout);
        Assert.Equal("bbb\n", Run(tmp, "--check-hash-based-pycs", "always", "main.py").Stdout);
        Assert.Equal(1, File.ReadAllBytes(pyc)[4]);
        Assert.Equal("bbb\n", Run(tmp, "main.py").Stdout);
    }

    [Fact]
    public void CheckedHashPycIsTrustedWhenCheckingIsDisabled()
    {
        using var tmp = new TempDir();
        tmp.Write("main.py", "import m\nprint(m.V)\n");
        string source = tmp.Write("m.py", "V = 'aaa'\n");
        Assert.Equal(0, Run(tmp, "-m", "compileall", "-q", "--invalidation-mode", "checked-hash", "m.py").ExitCode);
        File.WriteAllText(source, "V = 'bbb'\n");
        Assert.Equal("aaa\n", Run(tmp, "--check-hash-based-pycs", "never", "main.py").Stdout);
        Assert.Equal("bbb\n", Run(tmp, "main.py").Stdout);
    }

    [Fact]
    public void SourcelessPycBesideWhereTheSourceWasIsImportable()
    {
        using var tmp = new TempDir();
        string source = tmp.Write("m.py", "V = 'from pyc'\n");
        Assert.Equal(0, Run(tmp, "-m", "compileall", "-q", "-b", "m.py").ExitCode);
        Assert.True(File.Exists(tmp["m.pyc"]));
        File.Delete(source);
        ProcessResult r = Run(tmp, "-c", "import m; print(m.V, m.__file__ == m.__cached__, m.__file__.endswith('m.pyc'), type(m.__loader__).__name__)");
        Assert.Equal("from pyc True True SourcelessFileLoader\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void SourceWinsOverASourcelessPyc()
    {
        using var tmp = new TempDir();
        string source = tmp.Write("m.py", "V = 'old'\n");
        Run(tmp, "-m", "compileall", "-q", "-b", "m.py");
        File.WriteAllText(source, "V = 'source'\n");
        Assert.Equal("source\n", Run(tmp, "-c", "import m; print(m.V)").Stdout);
    }

    [Fact]
    public void BadSourcelessPycRaisesCPythonsImportError()
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp["m.pyc"], [0, 13, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
        ProcessResult r = Run(tmp, "-c", "import m");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("ImportError: bad magic number in 'm': b'\\x00\\r\\r\\n'\n", r.Stderr);
    }

    [Fact]
    public void OrphanPycInPycacheIsNeverImported()
    {
        using var tmp = new TempDir();
        string source = tmp.Write("m.py", "V = 1\n");
        Run(tmp, "-c", "import m");
        Assert.True(File.Exists(tmp[$"__pycache__/m.{Tag}.pyc"]));
        File.Delete(source);
        ProcessResult r = Run(tmp, "-c", "import m");
        Assert.Equal(1, r.ExitCode);
        Assert.EndsWith("ModuleNotFoundError: No module named 'm'\n", r.Stderr);
    }

    [Fact]
    public void UnwritableCacheLocationDoesNotBreakImports()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "V = 'works'\n");
        File.WriteAllText(tmp["__pycache__"], "a file where the directory should be");
        ProcessResult r = Run(tmp, "-c", "import m; print(m.V)");
        Assert.Equal("works\n", r.Stdout);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void ReadOnlyDirectoryDoesNotBreakImports()
    {
        using var tmp = new TempDir();
        tmp.Write("ro/m.py", "V = 'ro'\n");
        File.SetUnixFileMode(tmp["ro"], UnixFileMode.UserRead | UnixFileMode.UserExecute);
        ProcessResult r = Run(tmp, "-c", "import sys; sys.path.insert(0, 'ro'); import m; print(m.V)");
        Assert.Equal("ro\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void CorruptCacheIsRebuiltSilently()
    {
        using var tmp = new TempDir();
        tmp.Write("m.py", "V = 'fine'\n");
        Run(tmp, "-c", "import m");
        string pyc = tmp[$"__pycache__/m.{Tag}.pyc"];
        byte[] data = File.ReadAllBytes(pyc);
        for (int i = 16; i < data.Length; i++)
            data[i] ^= 0x5A; // keep the header, destroy the body
        File.WriteAllBytes(pyc, data);
        ProcessResult r = Run(tmp, "-c", "import m; print(m.V)");
        Assert.Equal("fine\n", r.Stdout);
        Assert.Equal("", r.Stderr);
        Assert.Equal("fine\n", Run(tmp, "-c", "import m; print(m.V)").Stdout);
    }

    [Fact]
    public void ConcurrentColdImportsNeverSeeAPartialCache()
    {
        using var tmp = new TempDir();
        var body = new System.Text.StringBuilder();
        for (int i = 0; i < 400; i++)
            body.Append($"def f{i}(x):\n    return x + {i}\n");
        body.Append("TOTAL = sum(f(1) for f in [" + string.Join(", ", Enumerable.Range(0, 400).Select(i => $"f{i}")) + "])\n");
        tmp.Write("big.py", body.ToString());
        string expected = (Enumerable.Range(0, 400).Sum() + 400) + "\n";

        var runs = Enumerable.Range(0, 6)
            .Select(_ => Task.Run(() => Run(tmp, "-c", "import big; print(big.TOTAL)")))
            .ToArray();
        Task.WaitAll(runs);
        foreach (var run in runs)
        {
            Assert.Equal(expected, run.Result.Stdout);
            Assert.Equal(0, run.Result.ExitCode);
        }
        Assert.Equal([".gitignore", $"big.{Tag}.pyc"],
            Directory.EnumerateFiles(tmp["__pycache__"]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        ProcessResult again = Run(tmp, "-v", "-c", "import big; print(big.TOTAL)");
        Assert.Equal(expected, again.Stdout);
        Assert.Contains("matches", again.Stderr);
    }

    [Fact]
    public void DashXSkipsTheFirstLineAndDoesNotPoisonTheCache()
    {
        using var tmp = new TempDir();
        tmp.Write("s.py", "print('first')\nprint('second')\n");
        Assert.Equal("second\n", Run(tmp, "-x", "s.py").Stdout);
        Assert.Equal("first\nsecond\n", Run(tmp, "s.py").Stdout);
        Assert.Equal("second\n", Run(tmp, "-x", "s.py").Stdout);
    }

    [Fact]
    public void ModuleRunWithDashMIsCached()
    {
        using var tmp = new TempDir();
        tmp.Write("tool.py", "print(__name__, __cached__ is not None)\n");
        Assert.Equal("__main__ True\n", Run(tmp, "-m", "tool").Stdout);
        Assert.True(File.Exists(tmp[$"__pycache__/tool.{Tag}.pyc"]));
    }

    private static string PyStr(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
