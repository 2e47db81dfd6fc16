using System.IO.Compression;
using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// Command-line behaviour that the JSON cases cannot express (binary files, closed descriptors, pipes,
/// signals); the expected outputs are CPython 3.11's for the same commands.
/// </summary>
public sealed class ProcessBoundaryTests
{
    private static ProcessResult Shell(TempDir tmp, string script, string? stdin = null)
    {
        // The script refers to sharpy as "$1".
        ProcessResult r = SharpyProcess.Run(["-c", script, "sh", RepoPaths.SharpyExe], tmp.Dir, stdin: stdin, exe: "/bin/sh");
        return r with { Stdout = r.Stdout.Replace(tmp.Dir, "{TMP}"), Stderr = r.Stderr.Replace(tmp.Dir, "{TMP}") };
    }

    private static void WriteZip(string path, params (string Name, string Text)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }
    }

    [Fact]
    public void ZipArchiveRunsItsMainModule()
    {
        using var tmp = new TempDir();
        WriteZip(tmp["app.zip"],
            ("__main__.py", "import sys\nprint(__name__, __file__, sys.path[0], sys.argv, type(__loader__).__name__)\nimport helper\nprint(helper.V)\n"),
            ("helper.py", "V = 3\n"));
        ProcessResult r = SharpyProcess.Run(["app.zip", "x"], tmp.Dir);
        Assert.Equal($"__main__ {tmp.Dir}/app.zip/__main__.py {tmp.Dir}/app.zip ['app.zip', 'x'] zipimporter\n3\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void ZipAppWithShebangLine()
    {
        using var tmp = new TempDir();
        WriteZip(tmp["inner.zip"], ("__main__.py", "print('zipapp', __name__)\n"));
        byte[] archive = File.ReadAllBytes(tmp["inner.zip"]);
        File.WriteAllBytes(tmp["app.pyz"], [.. "#!/usr/bin/env python3\n"u8.ToArray(), .. archive]);
        ProcessResult r = SharpyProcess.Run(["app.pyz"], tmp.Dir);
        Assert.Equal("zipapp __main__\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void ZipArchiveWithoutMain()
    {
        using var tmp = new TempDir();
        WriteZip(tmp["app.zip"], ("x.py", "V = 3\n"));
        ProcessResult r = SharpyProcess.Run(["app.zip"], tmp.Dir);
        Assert.Equal($"{RepoPaths.SharpyExe}: can't find '__main__' module in '{tmp.Dir}/app.zip'\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void ClosedStdoutIsNone()
    {
        using var tmp = new TempDir();
        ProcessResult r = Shell(tmp, "\"$1\" -c \"import sys; print('hi'); print(sys.stdout, file=sys.stderr)\" >&-; echo rc=$?");
        Assert.Equal("rc=0\n", r.Stdout);
        Assert.Equal("None\n", r.Stderr);
    }

    [Fact]
    public void ClosedStderrIsNoneAndTracebackIsLost()
    {
        using var tmp = new TempDir();
        ProcessResult r = Shell(tmp, "\"$1\" -c \"import sys; print(sys.stderr); 1/0\" 2>&-; echo rc=$?");
        Assert.Equal("None\nrc=1\n", r.Stdout);
    }

    [Fact]
    public void ClosedStdinIsNone()
    {
        using var tmp = new TempDir();
        ProcessResult r = Shell(tmp, "\"$1\" -c \"import sys; print(sys.stdin)\" <&-");
        Assert.Equal("None\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void BrokenPipeRaisesBrokenPipeError()
    {
        using var tmp = new TempDir();
        ProcessResult r = Shell(tmp, "\"$1\" -c \"for i in range(100000): print(i)\" 2>err.txt | head -c 0; cat err.txt");
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
            + "BrokenPipeError: [Errno 32] Broken pipe\n", r.Stdout);
    }

    [Fact]
    public void UncaughtKeyboardInterruptEndsBySigint()
    {
        using var tmp = new TempDir();
        if (!File.Exists("/usr/bin/perl"))
            return; // perl reports how the child ended; the shell cannot tell a signal from status 130
        ProcessResult r = Shell(tmp, "perl -e 'system(@ARGV); print $? & 127, \" \", $? >> 8, \"\\n\"' \"$1\" -c \"raise KeyboardInterrupt\"");
        Assert.Equal("2 0\n", r.Stdout);
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt\n", r.Stderr);
    }
}
