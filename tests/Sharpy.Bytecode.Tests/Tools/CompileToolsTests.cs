using System.Buffers.Binary;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Pyc;
using Sharpy.Bytecode.Tests.Cache;

namespace Sharpy.Bytecode.Tests.Tools;

public sealed class CompileToolsTests
{
    private sealed class RecordingHost
    {
        public List<(string Display, int Optimize)> Calls { get; } = [];

        public CompileHost Host(string? sourceDateEpoch = null) => new()
        {
            Compile = (source, display, optimize) =>
            {
                lock (Calls) Calls.Add((display, optimize));
                if (source.Length > 0 && source[0] == (byte)'!') throw new FormatException("boom");
                return TestCode.Make(consts: [display], filename: display);
            },
            FormatCompileError = e => $"Sorry: {e.GetType().Name}: {e.Message}",
            SourceDateEpoch = sourceDateEpoch,
        };
    }

    [Fact]
    public void PyCompileUsesDfileAndCreatesCfileDirectories()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        var rec = new RecordingHost();
        string cfile = Path.Combine(f.Root, "out", "x", "y.pyc");
        Assert.Equal(cfile, PyCompile.Compile(rec.Host(), TextWriter.Null, src, cfile, dfile: "/fake/path.py"));
        Assert.Equal(("/fake/path.py", 0), rec.Calls.Single());
        Assert.Equal("/fake/path.py", PycFile.Decode(File.ReadAllBytes(cfile), "y").Code.Filename);
    }

    [Fact]
    public void SourceDateEpochSelectsCheckedHash()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        string cfile = PyCompile.Compile(new RecordingHost().Host(sourceDateEpoch: "abc"), TextWriter.Null, src)!;
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32LittleEndian(File.ReadAllBytes(cfile).AsSpan(4)));
        cfile = PyCompile.Compile(new RecordingHost().Host(sourceDateEpoch: ""), TextWriter.Null, src)!;
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(File.ReadAllBytes(cfile).AsSpan(4)));
    }

    [Fact]
    public void SymlinkTargetIsRefused()
    {
        using var f = new CacheFixture();
        string src = f.Source();
        string cfile = Path.Combine(f.Root, "link.pyc");
        File.CreateSymbolicLink(cfile, Path.Combine(f.Root, "elsewhere.pyc"));
        var e = Assert.Throws<PythonOSError>(() => PyCompile.Compile(new RecordingHost().Host(), TextWriter.Null, src, cfile));
        Assert.Equal("FileExistsError", e.PythonType);
        Assert.Equal($"{cfile} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it", e.Message);
    }

    [Fact]
    public void CompileErrorsFollowDoraiseAndQuiet()
    {
        using var f = new CacheFixture();
        string bad = f.Source("bad.py", "!");
        var stderr = new StringWriter();
        Assert.Null(PyCompile.Compile(new RecordingHost().Host(), stderr, bad));
        Assert.Equal("Sorry: FormatException: boom\n", stderr.ToString());
        Assert.Throws<PyCompileException>(() => PyCompile.Compile(new RecordingHost().Host(), stderr, bad, doraise: true));
        Assert.Null(PyCompile.Compile(new RecordingHost().Host(), stderr, bad, doraise: true, quiet: 2));
    }

    [Fact]
    public void PyCompileCliMissingFileMessageHasNoNewline()
    {
        var stderr = new StringWriter();
        Assert.Equal(1, PyCompileTool.Run(["/no/such/missing.py"], TextWriter.Null, stderr, new RecordingHost().Host()));
        Assert.Equal("[Errno 2] No such file or directory: '/no/such/missing.py'", stderr.ToString());
    }

    [Fact]
    public void PyCompileCliReadsNamesFromStdin()
    {
        using var f = new CacheFixture();
        string a = f.Source("a.py"), b = f.Source("b.py");
        var host = new RecordingHost();
        var baseHost = host.Host();
        var withStdin = new CompileHost { Compile = baseHost.Compile, FormatCompileError = baseHost.FormatCompileError, Stdin = new StringReader($"{a}\n{b}\n") };
        Assert.Equal(0, PyCompileTool.Run(["-"], TextWriter.Null, TextWriter.Null, withStdin));
        Assert.Equal([a, b], host.Calls.Select(c => c.Display));
    }

    [Theory]
    [InlineData(new[] { "-d", "/ddir" }, "/ddir/a.py", "/ddir/sub/s.py")]
    [InlineData(new[] { "-s", "ROOT/proj", "-p", "/opt/app" }, "/opt/app/a.py", "/opt/app/sub/s.py")]
    [InlineData(new[] { "-p", "/pre" }, "ROOT/proj/a.py", "ROOT/proj/sub/s.py")] // os.path.join drops /pre before an absolute path
    public void DisplayPathsFollowDdirStripAndPrepend(string[] options, string expectedA, string expectedS)
    {
        using var f = new CacheFixture();
        f.Source("proj/a.py");
        f.Source("proj/sub/s.py");
        var rec = new RecordingHost();
        string[] args = [.. options.Select(o => o.Replace("ROOT", f.Root)), Path.Combine(f.Root, "proj")];
        Assert.Equal(0, CompileAllTool.Run(args, TextWriter.Null, TextWriter.Null, rec.Host()));
        Assert.Equal([expectedA.Replace("ROOT", f.Root), expectedS.Replace("ROOT", f.Root)], rec.Calls.Select(c => c.Display));
    }

    [Fact]
    public void StripDirKeepsCPythonsByValueQuirk()
    {
        using var f = new CacheFixture();
        string src = f.Source("c1/proj/a.py");
        var rec = new RecordingHost();
        CompileAllTool.Run(["-s", Path.GetDirectoryName(f.Root)!, src], TextWriter.Null, TextWriter.Null, rec.Host());
        Assert.Equal(Path.GetRelativePath(Path.GetDirectoryName(f.Root)!, src), rec.Calls.Single().Display);
    }

    [Fact]
    public void ParallelWorkersCompileEverythingOnce()
    {
        using var f = new CacheFixture();
        for (int i = 0; i < 20; i++) f.Source($"p/m{i:00}.py");
        var rec = new RecordingHost();
        var stdout = new StringWriter();
        Assert.Equal(0, CompileAllTool.Run(["-j", "0", Path.Combine(f.Root, "p")], stdout, TextWriter.Null, rec.Host()));
        Assert.Equal(20, rec.Calls.Select(c => c.Display).Distinct().Count());
        Assert.Equal(20, stdout.ToString().Split('\n').Count(l => l.StartsWith("Compiling", StringComparison.Ordinal)));
        var stderr = new StringWriter();
        Assert.Equal(1, CompileAllTool.Run(["-j", "-1", Path.Combine(f.Root, "p")], TextWriter.Null, stderr, rec.Host()));
        Assert.EndsWith("ValueError: workers must be greater or equal to 0\n", stderr.ToString());
    }

    [Fact]
    public void SameMtimeEditIsRecompiledUnlikeCPython()
    {
        using var f = new CacheFixture();
        string src = f.Source("p/m.py", "x = 1\n");
        var when = DateTime.UtcNow.AddMinutes(-10);
        File.SetLastWriteTimeUtc(src, when);
        var rec = new RecordingHost();
        CompileAllTool.Run(["-q", src], TextWriter.Null, TextWriter.Null, rec.Host());
        File.WriteAllText(src, "x = 100\n");
        File.SetLastWriteTimeUtc(src, when);
        CompileAllTool.Run(["-q", src], TextWriter.Null, TextWriter.Null, rec.Host());
        Assert.Equal(2, rec.Calls.Count);
    }

    [Fact]
    public void ShortOptionClustersAndAttachedValues()
    {
        using var f = new CacheFixture();
        f.Source("p/a.py");
        f.Source("p/sub/b.py");
        var rec = new RecordingHost();
        var stdout = new StringWriter();
        Assert.Equal(0, CompileAllTool.Run(["-fqlr0", Path.Combine(f.Root, "p")], stdout, TextWriter.Null, rec.Host()));
        Assert.Equal("", stdout.ToString());
        Assert.Single(rec.Calls);
        Assert.Equal(0, CompileAllTool.Run(["--work=1", "-o2", Path.Combine(f.Root, "p")], TextWriter.Null, TextWriter.Null, rec.Host()));
        Assert.Equal(2, rec.Calls[^1].Optimize);
        Assert.True(File.Exists(Path.Combine(f.Root, "p", "sub", "__pycache__", "b.sharpy-311.opt-2.pyc")));
    }
}

public sealed class CompilePathTests
{
    [Fact]
    public void NoArgumentsCompilesSysPathOneLevelAndSkipsTheCurrentDirectory()
    {
        using var f = new CacheFixture();
        f.Source("p/a.py");
        f.Source("p/sub/b.py");
        string p = Path.Combine(f.Root, "p");
        var host = new CompileHost
        {
            Compile = (_, display, _) => TestCode.Make(filename: display),
            FormatCompileError = e => e.Message,
            SysPath = ["", p],
        };
        var stdout = new StringWriter();
        Assert.Equal(0, CompileAllTool.Run([], stdout, TextWriter.Null, host));
        Assert.Equal($"Skipping current directory\nListing '{p}'...\nCompiling '{p}/a.py'...\n", stdout.ToString());
    }

    [Fact]
    public void FileListFromStdinAndEmptyLines()
    {
        using var f = new CacheFixture();
        string a = f.Source("p/a.py");
        var host = new CompileHost
        {
            Compile = (_, display, _) => TestCode.Make(filename: display),
            FormatCompileError = e => e.Message,
            Stdin = new StringReader($"{a}\n\n"),
        };
        var stdout = new StringWriter();
        Assert.Equal(0, CompileAllTool.Run(["-i", "-"], stdout, TextWriter.Null, host));
        Assert.Equal($"Compiling '{a}'...\nListing ''...\nCan't list ''\n", stdout.ToString());
    }
}

public sealed class CompileAllLinkTests
{
    private static CompileHost Host(List<string> calls) => new()
    {
        Compile = (_, display, _) => { lock (calls) calls.Add(display); return TestCode.Make(filename: display); },
        FormatCompileError = e => e.Message,
    };

    [Fact]
    public void LimitSymlinkDestinationSkipsLinksLeavingTheTreeAndSymlinkedDirsAreNotEntered()
    {
        using var f = new CacheFixture();
        string outside = f.Source("outside/o.py");
        string inside = f.Source("tree/real.py");
        File.CreateSymbolicLink(Path.Combine(f.Root, "tree", "out_link.py"), outside);
        File.CreateSymbolicLink(Path.Combine(f.Root, "tree", "in_link.py"), inside);
        Directory.CreateSymbolicLink(Path.Combine(f.Root, "tree", "linked_dir"), Path.Combine(f.Root, "outside"));
        var calls = new List<string>();
        string tree = Path.Combine(f.Root, "tree");
        Assert.Equal(0, CompileAllTool.Run(["-q", "-e", tree, tree], TextWriter.Null, TextWriter.Null, Host(calls)));
        Assert.Equal([Path.Combine(tree, "in_link.py"), Path.Combine(tree, "real.py")], calls);

        // The limit is resolved like pathlib's resolve(): a trailing slash or a symlinked limit still works.
        string treeLink = Path.Combine(f.Root, "tree_link");
        Directory.CreateSymbolicLink(treeLink, tree);
        foreach (string limit in new[] { tree + "/", treeLink })
        {
            calls.Clear();
            Assert.Equal(0, CompileAllTool.Run(["-q", "-f", "-e", limit, tree], TextWriter.Null, TextWriter.Null, Host(calls)));
            Assert.Equal([Path.Combine(tree, "in_link.py"), Path.Combine(tree, "real.py")], calls);
        }
    }

    [Fact]
    public void HardlinkDupesLinksIdenticalLevels()
    {
        using var f = new CacheFixture();
        string src = f.Source("p/m.py");
        var calls = new List<string>();
        Assert.Equal(0, CompileAllTool.Run(["-q", "-o", "0", "-o", "1", "--hardlink-dupes", src], TextWriter.Null, TextWriter.Null, Host(calls)));
        string level0 = Path.Combine(f.Root, "p", "__pycache__", "m.sharpy-311.pyc");
        string level1 = Path.Combine(f.Root, "p", "__pycache__", "m.sharpy-311.opt-1.pyc");
        using (var stream = new FileStream(level1, FileMode.Append)) stream.WriteByte(42);
        Assert.Equal(File.ReadAllBytes(level0), File.ReadAllBytes(level1)); // one inode: the append shows in both names
    }
}
