using System.Text.RegularExpressions;
using Sharpy.Bytecode.Cache;
using Sharpy.Bytecode.Tests.Cache;

namespace Sharpy.Bytecode.Tests.Tools;

public sealed class PycacheToolTests
{
    /// <summary>fresh.py (cached), stale.py (edited after caching), nocache.py, an orphan cache,
    /// a CPython cache and a leftover temporary file.</summary>
    private static CacheFixture Tree()
    {
        var f = new CacheFixture();
        foreach (string name in new[] { "fresh.py", "stale.py", "gone.py" })
        {
            string src = f.Source("pkg/" + name);
            CacheFixture.Age(src);
            f.Load(src);
        }
        string stale = Path.Combine(f.Root, "pkg", "stale.py");
        File.WriteAllText(stale, "x = 'changed'\n");
        CacheFixture.Age(stale, 50);
        File.Delete(Path.Combine(f.Root, "pkg", "gone.py"));
        f.Source("pkg/nocache.py");
        File.WriteAllBytes(Path.Combine(f.Root, "pkg", "__pycache__", "fresh.cpython-311.pyc"), new byte[100]);
        File.WriteAllBytes(Path.Combine(f.Root, "pkg", "__pycache__", "fresh.sharpy-311.pyc.123456"), new byte[10]);
        return f;
    }

    private static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int rc = PycacheTool.Run(args, stdout, stderr, stdoutIsTerminal: false);
        return (rc, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void StatusCountsEveryCategory()
    {
        using var f = Tree();
        var (rc, output, err) = Run("status", f.Root);
        Assert.Equal(0, rc);
        Assert.Equal("", err);
        string[] lines = output.Split('\n');
        Assert.Matches(@"^  sources +3  ", lines[1]);
        Assert.Matches(@"^  fresh caches +1  ", lines[2]);
        Assert.Matches(@"^  stale caches +1  ", lines[3]);
        Assert.Matches(@"^  sources without a cache +1$", lines[4]);
        Assert.Matches(@"^  orphaned caches +2  ", lines[5]);
        Assert.Matches(@"^  other interpreters' files +1 +100 B  \(cpython-311: 1\)$", lines[6]);
        // Columns are aligned: every count ends at the same column.
        var countEnds = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => Regex.Match(l, @"^  \S.*?  +(\d+)")).Select(m => m.Groups[1].Index + m.Groups[1].Length);
        Assert.Single(countEnds.Distinct());
    }

    [Fact]
    public void VerifyFailsOnlyWhenSomethingIsStale()
    {
        using var f = Tree();
        var (rc, output, _) = Run("verify", f.Root);
        Assert.Equal(1, rc);
        Assert.Contains("stale: " + Path.Combine(f.Root, "pkg", "__pycache__", "stale.sharpy-311.pyc"), output);
        Assert.EndsWith("1 fresh, 1 stale\n", output);

        File.Delete(Path.Combine(f.Root, "pkg", "__pycache__", "stale.sharpy-311.pyc"));
        Assert.Equal(0, Run("verify", f.Root).Rc);
    }

    [Fact]
    public void PruneRemovesOnlySharpysStaleAndOrphanedFiles()
    {
        using var f = Tree();
        string pycache = Path.Combine(f.Root, "pkg", "__pycache__");
        var (rc, output, _) = Run("prune", "--dry-run", f.Root);
        Assert.Equal(0, rc);
        Assert.Contains("would remove 3 files", output);
        Assert.Equal(6, Directory.GetFiles(pycache).Length); // nothing removed (.gitignore + 5 files)

        (rc, output, _) = Run("prune", f.Root);
        Assert.Equal(0, rc);
        Assert.Contains("removed 3 files", output);
        var left = Directory.GetFiles(pycache).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([".gitignore", "fresh.cpython-311.pyc", "fresh.sharpy-311.pyc"], left);
        Assert.Equal(0, Run("verify", f.Root).Rc);
    }

    [Fact]
    public void UsageErrors()
    {
        Assert.Equal(2, Run().Rc);
        Assert.Equal(2, Run("frobnicate").Rc);
        Assert.Equal(2, Run("status", "/definitely/not/here").Rc);
        Assert.Equal(2, Run("status", "--bogus").Rc);
        Assert.Equal(0, Run("--help").Rc);
    }

    [Fact]
    public void ProgressGoesToStderrOnlyOnATerminalForLargeTrees()
    {
        using var f = Tree();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        PycacheTool.Run(["status", f.Root], stdout, stderr, stdoutIsTerminal: true);
        Assert.Equal("", stderr.ToString()); // small tree: no progress bar

        int saved = PycacheTool.ProgressThreshold;
        try
        {
            PycacheTool.ProgressThreshold = 1;
            PycacheTool.Run(["status", f.Root], stdout, stderr, stdoutIsTerminal: true);
            Assert.Contains("\r[", stderr.ToString());
            Assert.EndsWith("\r", stderr.ToString()); // the bar is erased before the report
            var quiet = new StringWriter();
            PycacheTool.Run(["status", f.Root], new StringWriter(), quiet, stdoutIsTerminal: false);
            Assert.Equal("", quiet.ToString()); // never when not a terminal
        }
        finally
        {
            PycacheTool.ProgressThreshold = saved;
        }
    }
}
