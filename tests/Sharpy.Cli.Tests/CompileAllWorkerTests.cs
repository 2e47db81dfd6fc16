using System.Text.RegularExpressions;
using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// <c>compileall -j N</c> compiles in N worker processes (src/Sharpy.Bytecode/Cache/CompileAllWorkers.cs):
/// the output (in file order), the exit code and every pyc byte must be those of a sequential run, with
/// every option the workers receive over their pipe taking effect.
/// </summary>
public sealed class CompileAllWorkerTests
{
    private static void MakeTree(TempDir tmp, string root)
    {
        for (int i = 0; i < 14; i++)
            tmp.Write($"{root}/pkg/m{i:00}.py", $"def f{i}(x):\n    return x * {i}\n\nVALUE = f{i}(3)\n");
        tmp.Write($"{root}/pkg/sub/__init__.py", "");
        tmp.Write($"{root}/pkg/sub/deep.py", "class C:\n    '''doc'''\n    def m(self):\n        assert self\n");
        tmp.Write($"{root}/pkg/sub/bad.py", "def broken(:\n    pass\n");
        tmp.Write($"{root}/pkg/skipped_by_rx.py", "x = 1\n");
    }

    private static Dictionary<string, byte[]> Pycs(string dir) =>
        Directory.EnumerateFiles(dir, "*.pyc", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(dir, path), File.ReadAllBytes);

    [Fact]
    public void WorkerProcessesProduceTheSequentialOutputAndBytes()
    {
        using var tmp = new TempDir();
        MakeTree(tmp, "seq");
        MakeTree(tmp, "par");
        var env = new Dictionary<string, string> { ["SHARPY_TRACE_STARTUP"] = "1" };
        string[] options = ["-o", "1", "-o", "2", "-x", "skipped_by_rx", "--invalidation-mode", "checked-hash"];
        var sequential = SharpyProcess.Run(["-m", "compileall", "-j", "1", .. options, "seq"], tmp.Dir, env);
        var parallel = SharpyProcess.Run(["-m", "compileall", "-j", "2", .. options, "par"], tmp.Dir, env);

        Assert.Equal(1, sequential.ExitCode); // bad.py
        Assert.Equal(sequential.ExitCode, parallel.ExitCode);
        // As CPython's: with workers the whole tree is listed first, then each file's output in file order.
        var lines = sequential.Stdout.Replace("seq/", "par/").Replace("'seq'", "'par'").Split('\n');
        var expectedOutput = lines.Where(line => line.StartsWith("Listing ")).Concat(lines.Where(line => !line.StartsWith("Listing ")));
        Assert.Equal(string.Join('\n', expectedOutput), parallel.Stdout);
        Assert.Contains("Compiling 'par/pkg/m13.py'...", parallel.Stdout);
        Assert.Contains("SyntaxError", parallel.Stdout);

        var expected = Pycs(tmp["seq"]);
        var actual = Pycs(tmp["par"]);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.Contains(Path.Combine("pkg", "__pycache__", "m00.sharpy-311.opt-2.pyc"), actual.Keys);
        Assert.DoesNotContain(actual.Keys, key => key.Contains("skipped_by_rx"));
        foreach (var (name, bytes) in expected)
        {
            // co_filename differs by the root's name only, which has the same length.
            Assert.Equal(bytes.Length, actual[name].Length);
            Assert.Equal(bytes.AsSpan(0, 16).ToArray(), actual[name].AsSpan(0, 16).ToArray()); // checked-hash header
        }

        // One start-up report per process: the parent and its two workers.
        Assert.Equal(1, Regex.Matches(sequential.Stderr, @"\[startup\] GCs").Count);
        Assert.Equal(3, Regex.Matches(parallel.Stderr, @"\[startup\] GCs").Count);
    }

    [Fact]
    public void WorkersHonourTheInterpreterOptimizationAndPycachePrefix()
    {
        using var tmp = new TempDir();
        MakeTree(tmp, "src");
        var result = SharpyProcess.Run(["-O", "-X", "pycache_prefix=" + tmp["prefix"], "-m", "compileall", "-q", "-j", "2", "src"], tmp.Dir);
        Assert.Equal(1, result.ExitCode);
        var pycs = Pycs(tmp["prefix"]);
        Assert.Contains(pycs.Keys, key => key.EndsWith(Path.Combine("src", "pkg", "m07.sharpy-311.opt-1.pyc")));
        Assert.Empty(Directory.EnumerateDirectories(tmp["src"], "__pycache__", SearchOption.AllDirectories));
    }
}
