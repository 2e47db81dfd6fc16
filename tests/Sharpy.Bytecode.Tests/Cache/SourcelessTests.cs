using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;

namespace Sharpy.Bytecode.Tests.Cache;

public sealed class SourcelessTests
{
    private static string WriteLegacy(CacheFixture f, byte[] data)
    {
        string path = Path.Combine(f.Root, "m.pyc");
        File.WriteAllBytes(path, data);
        return path;
    }

    private static byte[] Valid() => PycFile.Encode(PycHeader.ForTimestamp(0, 0, false, 0), TestCode.Make(filename: "/compiled/at.py"));

    [Fact]
    public void ValidLegacyPycLoadsWithoutFilenameFix()
    {
        using var f = new CacheFixture();
        string path = WriteLegacy(f, Valid());
        var code = f.Cache.LoadSourceless(path, "m");
        Assert.Equal("/compiled/at.py", code.Filename);
        Assert.Contains($"# code object from '{path}'", f.Log);
    }

    [Fact]
    public void HashPycWithBogusHashStillLoads()
    {
        using var f = new CacheFixture();
        string path = WriteLegacy(f, PycFile.Encode(PycHeader.ForHash(12345, checkSource: true), TestCode.Make()));
        Assert.Equal("<module>", f.Cache.LoadSourceless(path, "m").Name);
    }

    [Theory]
    [InlineData("bad-magic", "ImportError", "bad magic number in 'm': b'\\x00\\x00\\r\\n'")]
    [InlineData("short", "EOFError", "reached EOF while reading pyc header of 'm'")]
    [InlineData("cpython-header-only", "EOFError", "EOF read where object expected")]
    [InlineData("cut-extension", "EOFError", "marshal data too short")]
    [InlineData("flags", "ImportError", "invalid flags 4 in 'm'")]
    [InlineData("body", "ValueError", "bad pyc data in 'm' (checksum mismatch)")]
    public void ErrorsAreCPythons(string damage, string type, string message)
    {
        using var f = new CacheFixture();
        byte[] data = Valid();
        switch (damage)
        {
            case "bad-magic": data[0] = 0; data[1] = 0; break;
            case "short": data = data[..10]; break;
            case "cpython-header-only": data = data[..16]; break; // CPython would unmarshal an empty body
            case "cut-extension": data = data[..30]; break;
            case "flags": data[4] = 4; break;
            case "body": data[^1] ^= 1; break;
        }
        string path = WriteLegacy(f, data);
        var e = Assert.Throws<PycImportException>(() => f.Cache.LoadSourceless(path, "m"));
        Assert.Equal(type, e.PythonType);
        Assert.Equal(message, e.Message);
        Assert.Equal("m", e.Name);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void DirectExecutionChecksOnlyMagicAndIntegrity()
    {
        byte[] data = Valid();
        data[4] = 4; // flags ignored, as CPython's run_pyc_file; but the checksum covers them
        Assert.Equal("Bad code object in .pyc file", Assert.Throws<PycImportException>(() => BytecodeCache.LoadForExecution(data)).Message);
        Assert.Equal("<module>", BytecodeCache.LoadForExecution(Valid()).Name);
        var bad = Valid();
        bad[0] ^= 1;
        Assert.Equal("Bad magic number in .pyc file", Assert.Throws<PycImportException>(() => BytecodeCache.LoadForExecution(bad)).Message);
        var e = Assert.Throws<PycImportException>(() => BytecodeCache.LoadForExecution(Valid()[..10]));
        Assert.Equal(("EOFError", "EOF read where not expected"), (e.PythonType, e.Message));
        // Shorter than the magic number: CPython compares what it could read, so the magic is bad.
        e = Assert.Throws<PycImportException>(() => BytecodeCache.LoadForExecution(Valid()[..2]));
        Assert.Equal(("RuntimeError", "Bad magic number in .pyc file"), (e.PythonType, e.Message));
        Assert.True(BytecodeCache.LooksLikePyc(Valid()));
    }
}

public sealed class CodeFilenamesTests
{
    [Fact]
    public void FixRewritesNestedCodeObjectsWithTheSameFilename()
    {
        var code = TestCode.Rich("/old/m.py");
        var fixedCode = CodeFilenames.Fix(code, "/new/m.py");
        Assert.Equal("/new/m.py", fixedCode.Filename);
        var inner = fixedCode.Consts.OfType<Sharpy.Bytecode.Code.CodeObject>().Single();
        Assert.Equal("/new/m.py", inner.Filename);
        Assert.Same(code, CodeFilenames.Fix(code, "/old/m.py"));
        Assert.Equal("/old/m.py", code.Filename); // the original is immutable
    }
}
