using Sharpy.Bytecode.Cache;

namespace Sharpy.Bytecode.Tests.Cache;

public sealed class CacheWritingTests
{
    [Fact]
    public void ConcurrentWritersNeverExposeAPartialFile()
    {
        using var f = new CacheFixture();
        string target = Path.Combine(f.Root, "t.pyc");
        var contents = Enumerable.Range(0, 4).Select(i => Enumerable.Repeat((byte)(i + 1), 200_000 + i * 1000).ToArray()).ToArray();
        File.WriteAllBytes(target, contents[0]);
        using var stop = new CancellationTokenSource();
        int badReads = 0, reads = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested || reads < 20)
            {
                byte[] seen;
                try { seen = File.ReadAllBytes(target); } catch (IOException) { continue; }
                reads++;
                if (!contents.Any(c => c.AsSpan().SequenceEqual(seen))) Interlocked.Increment(ref badReads);
            }
        });
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (int i = 0; i < 25; i++) f.Cache.TryWriteData(target, contents[(w + i) % 4], (UnixFileMode)0b110_100_100);
        })).ToArray();
        Task.WaitAll(writers);
        stop.Cancel();
        reader.Wait();
        Assert.Equal(0, badReads);
        Assert.True(reads > 0);
        Assert.Equal([target], Directory.GetFiles(f.Root)); // no temporary files left behind
    }

    [Fact]
    public void UnwritableDirectoryIsSkippedSilentlyAndRemembered()
    {
        using var f = new CacheFixture();
        // Tests run as root, where permissions do not apply: make the __pycache__ parent a FILE.
        File.WriteAllText(Path.Combine(f.Root, "blocker"), "");
        string prefix = Path.Combine(f.Root, "blocker");
        f.Settings.PycachePrefix = prefix;
        string a = f.Source("a.py");
        string b = f.Source("b.py");
        Assert.Equal("x = 1\n", f.Load(a));
        int failures = f.Log.Count(l => l.StartsWith("# could not create", StringComparison.Ordinal));
        Assert.Equal(1, failures);
        Assert.Equal("x = 1\n", f.Load(a));
        Assert.Equal("x = 1\n", f.Load(b));
        Assert.Equal(1, f.Log.Count(l => l.StartsWith("# could not create", StringComparison.Ordinal)));
        Assert.Equal(3, f.Compilations);
    }

    [Fact]
    public void PycacheThatIsAFileDoesNotBreakLoading()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        File.WriteAllText(Path.Combine(f.Root, "__pycache__"), "not a directory");
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Contains($"# could not create '{f.PycPath(src)}': NotADirectoryError(20, 'Not a directory')", f.Log);
    }

    [Fact]
    public void PycPathThatIsADirectoryLeavesNoTemporaryFile()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        Directory.CreateDirectory(f.PycPath(src));
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Empty(Directory.GetFiles(Path.Combine(f.Root, "__pycache__")));
        Assert.Contains($"# could not create '{f.PycPath(src)}': IsADirectoryError(21, 'Is a directory')", f.Log);
    }

    [Theory]
    [InlineData(0b110_000_000, 0b110_000_000)] // 600 → 600
    [InlineData(0b100_000_000, 0b110_000_000)] // 400 → 600
    [InlineData(0b111_000_000, 0b110_000_000)] // 700 → 600
    public void ModeBitsFollowTheSource(int sourceMode, int expected)
    {
        if (OperatingSystem.IsWindows()) return;
        using var f = new CacheFixture();
        string src = f.Source();
        File.SetUnixFileMode(src, (UnixFileMode)sourceMode);
        f.Load(src);
        Assert.Equal((UnixFileMode)expected, File.GetUnixFileMode(f.PycPath(src)));
    }

    [Fact]
    public void CalcModeAddsOwnerWriteAndDropsExecute()
    {
        if (OperatingSystem.IsWindows()) return;
        using var f = new CacheFixture();
        string src = f.Source();
        File.SetUnixFileMode(src, (UnixFileMode)0b111_101_101);
        Assert.Equal((UnixFileMode)0b110_100_100, BytecodeCache.CalcMode(src));
        Assert.Equal((UnixFileMode)0b110_110_110, BytecodeCache.CalcMode(Path.Combine(f.Root, "missing.py")));
    }
}

public sealed class ConcurrentImportTests
{
    [Fact]
    public void ConcurrentColdLoadsLeaveOneValidCacheAndNoDebris()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        var caches = Enumerable.Range(0, 8).Select(_ => new BytecodeCache(new CacheSettings())).ToArray();
        Parallel.For(0, 8, i =>
        {
            for (int round = 0; round < 5; round++)
            {
                var code = caches[i].GetCode(src, bytes => TestCode.Make(consts: [System.Text.Encoding.UTF8.GetString(bytes)], filename: src));
                Assert.Equal("x = 1\n", code.Consts[0]);
            }
        });
        string pycache = Path.Combine(f.Root, "__pycache__");
        Assert.Equal([".gitignore", "m.sharpy-311.pyc"], Directory.GetFiles(pycache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(CacheEntryKind.Fresh, PycacheScan.Check(Path.Combine(pycache, "m.sharpy-311.pyc"), src).Kind);
    }
}
