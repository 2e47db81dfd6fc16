using System.Buffers.Binary;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Cache;

public sealed class CacheValidationMatrixTests
{
    private static (CacheFixture F, string Src, string Pyc) Prepared(PycInvalidationMode mode = PycInvalidationMode.Timestamp)
    {
        var f = new CacheFixture();
        string src = f.Source();
        CacheFixture.Age(src);
        f.Settings.InvalidationMode = mode;
        f.Load(src);
        f.Settings.InvalidationMode = PycInvalidationMode.Timestamp;
        f.Log.Clear();
        return (f, src, f.PycPath(src));
    }

    private static void Edit(string src, string text)
    {
        var time = File.GetLastWriteTimeUtc(src);
        File.WriteAllText(src, text);
        File.SetLastWriteTimeUtc(src, time.AddSeconds(5));
    }

    private static uint Flags(string pyc) => BinaryPrimitives.ReadUInt32LittleEndian(File.ReadAllBytes(pyc).AsSpan(4));

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0 }, "# bad magic number in 'm': b'\\x00\\x00\\x00\\x00'")]
    [InlineData(new byte[] { 0x6f, 0x0d, 0x0d, 0x0a }, "# bad magic number in 'm': b'o\\r\\r\\n'")]
    public void BadMagicRecompilesAndRewrites(byte[] magic, string message)
    {
        var (f, src, pyc) = Prepared();
        using var _ = f;
        byte[] data = File.ReadAllBytes(pyc);
        magic.CopyTo(data, 0);
        File.WriteAllBytes(pyc, data);
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Contains(message, f.Log);
        Assert.Equal(2, f.Compilations);
        f.Load(src);
        Assert.Equal(2, f.Compilations); // rewritten valid
    }

    [Theory]
    [InlineData(0, "bad magic number in 'm': b''")]
    [InlineData(3, "bad magic number in 'm': b")]
    [InlineData(12, "reached EOF while reading pyc header of 'm'")]
    [InlineData(30, "marshal data too short")]
    [InlineData(60, "body length mismatch")]
    public void TruncatedCachesAreRebuilt(int length, string message)
    {
        var (f, src, pyc) = Prepared();
        using var _ = f;
        File.WriteAllBytes(pyc, File.ReadAllBytes(pyc)[..length]);
        f.Load(src);
        Assert.Contains(f.Log, l => l.Contains(message));
        Assert.Equal(2, f.Compilations);
        Assert.True(File.ReadAllBytes(pyc).Length > 50);
    }

    [Fact]
    public void UnknownFlagsRecompileSilentlyAsTimestamp()
    {
        var (f, src, pyc) = Prepared();
        using var _ = f;
        byte[] data = File.ReadAllBytes(pyc);
        data[4] = 4;
        File.WriteAllBytes(pyc, data);
        f.Load(src);
        Assert.Equal(2, f.Compilations);
        Assert.DoesNotContain(f.Log, l => l.Contains("flags"));
        Assert.Equal(0u, Flags(pyc));
    }

    [Fact]
    public void CorruptBodyIsDetectedByChecksumAndRebuilt()
    {
        var (f, src, pyc) = Prepared();
        using var _ = f;
        byte[] data = File.ReadAllBytes(pyc);
        data[^3] ^= 0x5A;
        File.WriteAllBytes(pyc, data);
        Assert.Equal("x = 1\n", f.Load(src));
        Assert.Contains(f.Log, l => l.Contains("checksum mismatch"));
        Assert.Equal(2, f.Compilations);
    }

    [Fact]
    public void CheckedHashSurvivesTouchButNotEdit()
    {
        var (f, src, pyc) = Prepared(PycInvalidationMode.CheckedHash);
        using var _ = f;
        Assert.Equal(3u, Flags(pyc));
        Assert.Equal(SourceHash.Compute(File.ReadAllBytes(src)), File.ReadAllBytes(pyc)[8..16]);
        File.SetLastWriteTimeUtc(src, DateTime.UtcNow.AddHours(-1));
        f.Load(src);
        Assert.Equal(1, f.Compilations);
        Edit(src, "x = 22\n");
        Assert.Equal("x = 22\n", f.Load(src));
        Assert.Equal(3u, Flags(pyc)); // rewritten hash-based with the same check bit
        Assert.Equal(SourceHash.Compute(File.ReadAllBytes(src)), File.ReadAllBytes(pyc)[8..16]);
    }

    [Fact]
    public void CheckedHashWithNeverIsTrusted()
    {
        var (f, src, _) = Prepared(PycInvalidationMode.CheckedHash);
        using var __ = f;
        f.Settings.CheckHashBasedPycs = CheckHashBasedPycs.Never;
        Edit(src, "x = 22\n");
        Assert.Equal("x = 1\n", f.Load(src));
    }

    [Fact]
    public void UncheckedHashIsTrustedUnlessAlways()
    {
        var (f, src, pyc) = Prepared(PycInvalidationMode.UncheckedHash);
        using var _ = f;
        Assert.Equal(1u, Flags(pyc));
        Edit(src, "x = 22\n");
        Assert.Equal("x = 1\n", f.Load(src));
        f.Settings.CheckHashBasedPycs = CheckHashBasedPycs.Always;
        Assert.Equal("x = 22\n", f.Load(src));
        Assert.Equal(1u, Flags(pyc));
        f.Settings.CheckHashBasedPycs = CheckHashBasedPycs.Default;
        Assert.Equal("x = 22\n", f.Load(src));
        Assert.Equal(2, f.Compilations);
    }

    [Fact]
    public void CPythonsFlagsTwoReadsAsTimestamp()
    {
        var header = PycHeader.ForTimestamp(1_000_000_000_000, 6, racy: false, 0) with { Flags = 2 };
        byte[] data = PycFile.Encode(header, TestCode.Make());
        var read = PycFile.ReadHeader(data, "m");
        Assert.Equal(PycInvalidationMode.Timestamp, read.Mode);
    }

    [Fact]
    public void NegativeMtimeWrapsLikeCPython()
    {
        var header = PycHeader.ForTimestamp(-100_000_000_000, 6, racy: false, 0);
        Assert.Equal(4294967196u, header.SourceMtime);
    }
}
