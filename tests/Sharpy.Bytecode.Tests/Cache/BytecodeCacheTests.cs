using System.Buffers.Binary;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Cache;

public sealed class BytecodeCacheTests
{
    [Fact]
    public void FirstLoadCompilesAndWritesSecondLoadReadsTheCache()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        Assert.Equal("x = 1\n", f.Load(src));
        string pyc = f.PycPath(src);
        Assert.Equal(Path.Combine(f.Root, "__pycache__", "m.sharpy-311.pyc"), pyc);
        Assert.True(File.Exists(pyc));
        Assert.Equal([$"# code object from {src}", $"# created '{pyc}'"], f.Log);
        f.Log.Clear();
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Equal(1, f.Compilations);
        Assert.Equal([$"# {pyc} matches {src}", $"# code object from '{pyc}'"], f.Log);
    }

    [Fact]
    public void TimestampHeaderHasCPythonsLayoutAndSharpysExtension()
    {
        using var f = new CacheFixture();
        string src = f.Source(text: "print('hello')\n");
        var mtime = new DateTime(2020, 5, 17, 10, 11, 12, DateTimeKind.Utc).AddTicks(1234567);
        File.SetLastWriteTimeUtc(src, mtime);
        f.Settings.UtcNow = () => DateTime.UtcNow.AddSeconds(30); // the ctime is recent: look later
        f.Load(src);
        byte[] data = File.ReadAllBytes(f.PycPath(src));
        Assert.Equal(PycMagic.Bytes.ToArray(), data[..4]);
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)));
        long seconds = (long)(mtime - DateTime.UnixEpoch).TotalSeconds;
        Assert.Equal((uint)seconds, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(8)));
        Assert.Equal(15u, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(12)));
        Assert.Equal((mtime.Ticks - DateTime.UnixEpoch.Ticks) * 100, BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(16)));
        Assert.Equal(SourceHash.Compute(File.ReadAllBytes(src)), data[24..32]);
        if (OperatingSystem.IsLinux()) Assert.NotEqual(0L, BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(32))); // ctime
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(40))); // old source: not racy
        Assert.Equal(data.Length - 52, BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(44)));
    }

    [Fact]
    public void SameSizeEditWithRestoredMtimeIsNeverStale()
    {
        using var f = new CacheFixture();
        string src = f.Source(text: "x = 1\n");
        Assert.Equal("x = 1\n", f.Load(src));
        long ticks = File.GetLastWriteTimeUtc(src).Ticks;
        var header = PycFile.ReadHeader(File.ReadAllBytes(f.PycPath(src)), "m");
        Assert.True(header.IsRacy);

        File.WriteAllText(src, "x = 2\n");
        File.SetLastWriteTimeUtc(src, new DateTime(ticks, DateTimeKind.Utc));
        Assert.Equal("x = 2\n", f.Load(src));
        Assert.Equal(2, f.Compilations);
        Assert.Contains("# bytecode is stale for 'm' (content changed)", f.Log);
    }

    [Fact]
    public void RacyCacheIsRefreshedWithoutTheHashOnceTheSourceHasAged()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        f.Load(src);
        string pyc = f.PycPath(src);
        Assert.True(PycFile.ReadHeader(File.ReadAllBytes(pyc), "m").IsRacy);
        f.Settings.UtcNow = () => DateTime.UtcNow.AddSeconds(10);
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.False(PycFile.ReadHeader(File.ReadAllBytes(pyc), "m").IsRacy);
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Equal(1, f.Compilations);
    }

    [Fact]
    public void RestoredMtimeIsCaughtByTheCtimeEvenWhenTheCacheWasNotRacy()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var f = new CacheFixture();
        string src = f.Source(text: "x = 1\n");
        f.Settings.UtcNow = () => DateTime.UtcNow.AddSeconds(30); // as if compiling took long: not racy
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.False(PycFile.ReadHeader(File.ReadAllBytes(f.PycPath(src)), "m").IsRacy);
        long ticks = File.GetLastWriteTimeUtc(src).Ticks;
        Thread.Sleep(30); // past the kernel's timestamp granularity
        File.WriteAllText(src, "x = 2\n");
        File.SetLastWriteTimeUtc(src, new DateTime(ticks, DateTimeKind.Utc));
        Assert.Equal("x = 2\n", f.Load(src));
        Assert.Contains("# bytecode is stale for 'm' (content changed)", f.Log);
    }

    [Fact]
    public void ChangedCtimeWithSameContentReusesTheCacheAndRefreshesIt()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        f.Settings.UtcNow = () => DateTime.UtcNow.AddSeconds(30);
        f.Load(src);
        string pyc = f.PycPath(src);
        long ctimeBefore = PycFile.ReadHeader(File.ReadAllBytes(pyc), "m").SourceCtimeNs;
        Thread.Sleep(30);
        File.SetLastWriteTimeUtc(src, File.GetLastWriteTimeUtc(src)); // same mtime, new ctime (like a copy with -p)
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Equal(1, f.Compilations);
        Assert.NotEqual(ctimeBefore, PycFile.ReadHeader(File.ReadAllBytes(pyc), "m").SourceCtimeNs);
    }

    [Fact]
    public void SubSecondMtimeChangeIsStale()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        var when = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(src, when.AddMilliseconds(100));
        f.Load(src);
        File.WriteAllText(src, "x = 3\n");
        File.SetLastWriteTimeUtc(src, when.AddMilliseconds(900)); // same whole second: CPython would load stale code
        Assert.Equal("x = 3\n", f.Load(src));
    }

    [Fact]
    public void OldUnchangedSourceIsNotHashedOnLoad()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        f.Settings.UtcNow = () => DateTime.UtcNow.AddSeconds(30); // the ctime of a just-written file is racy
        f.Load(src);
        var header = PycFile.ReadHeader(File.ReadAllBytes(f.PycPath(src)), "m");
        Assert.False(header.IsRacy);
        Assert.Equal(0u, header.SharpyFlags);
    }

    [Fact]
    public void MtimeMismatchRecompilesWithStaleMessage()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src, 500);
        f.Load(src);
        File.WriteAllText(src, "x = 9\n");
        CacheFixture.Age(src, 400);
        Assert.Equal("x = 9\n", f.Load(src));
        Assert.Contains("# bytecode is stale for 'm'", f.Log);
        Assert.Equal("x = 9\n", f.Load(src));
        Assert.Equal(2, f.Compilations);
    }

    [Fact]
    public void SizeMismatchRecompilesSilently()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        var when = DateTime.UtcNow.AddSeconds(-300);
        File.SetLastWriteTimeUtc(src, when);
        f.Load(src);
        File.WriteAllText(src, "x = 10\n");
        File.SetLastWriteTimeUtc(src, when);
        f.Log.Clear();
        Assert.Equal("x = 10\n", f.Load(src));
        Assert.DoesNotContain(f.Log, l => l.Contains("stale"));
    }

    [Fact]
    public void DontWriteBytecodeWritesNothingButStillReads()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        f.Settings.DontWriteBytecode = true;
        f.Load(src);
        Assert.False(Directory.Exists(Path.Combine(f.Root, "__pycache__")));
        f.Settings.DontWriteBytecode = false;
        f.Load(src);
        f.Settings.DontWriteBytecode = true;
        f.Load(src);
        Assert.Equal(2, f.Compilations);
    }

    [Fact]
    public void GitignoreIsWrittenOnlyIntoNewPycacheDirectories()
    {
        using var f = new CacheFixture();
        string a = f.Source("a/m.py");
        f.Load(a);
        Assert.Equal(BytecodeCache.GitignoreContents, File.ReadAllText(Path.Combine(f.Root, "a", "__pycache__", ".gitignore")));

        string b = f.Source("b/m.py");
        Directory.CreateDirectory(Path.Combine(f.Root, "b", "__pycache__"));
        f.Load(b);
        Assert.True(File.Exists(f.PycPath(b)));
        Assert.False(File.Exists(Path.Combine(f.Root, "b", "__pycache__", ".gitignore")));
    }

    [Fact]
    public void PrefixMapsCachesOutOfTheTree()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        string prefix = Path.Combine(f.Root, "pfx");
        f.Settings.PycachePrefix = prefix;
        f.Load(src);
        string expected = prefix + src[..^"m.py".Length] + "m.sharpy-311.pyc";
        Assert.Equal(expected, f.PycPath(src));
        Assert.True(File.Exists(expected));
        Assert.False(Directory.Exists(Path.Combine(f.Root, "__pycache__")));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(expected)!, ".gitignore")));
    }

    [Theory]
    [InlineData(1, "m.sharpy-311.opt-1.pyc")]
    [InlineData(2, "m.sharpy-311.opt-2.pyc")]
    public void OptimizationLevelsUseTheirOwnFiles(int level, string name)
    {
        using var f = new CacheFixture();
        string src = f.Source();
        f.Settings.OptimizationLevel = level;
        f.Load(src);
        Assert.True(File.Exists(Path.Combine(f.Root, "__pycache__", name)));
        Assert.False(File.Exists(Path.Combine(f.Root, "__pycache__", "m.sharpy-311.pyc")));
    }

    [Fact]
    public void NullCacheTagDisablesCaching()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        f.Settings.CacheTag = null;
        f.Load(src);
        Assert.Null(f.Cache.CachePathFor(src));
        Assert.False(Directory.Exists(Path.Combine(f.Root, "__pycache__")));
    }

    [Fact]
    public void MovedTreeFixesFilenames()
    {
        using var f = new CacheFixture();
        string src = f.Source("old/m.py");
        CacheFixture.Age(src);
        f.Load(src);
        Directory.Move(Path.Combine(f.Root, "old"), Path.Combine(f.Root, "new"));
        string moved = Path.Combine(f.Root, "new", "m.py");
        var code = f.Cache.GetCode(moved, _ => throw new InvalidOperationException("must not compile"));
        Assert.Equal(moved, code.Filename);
    }

    [Fact]
    public void CompileErrorsPropagateAndWriteNothing()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        Assert.Throws<FormatException>(() => f.Cache.GetCode(src, _ => throw new FormatException("bad")));
        Assert.False(Directory.Exists(Path.Combine(f.Root, "__pycache__")));
    }
}
