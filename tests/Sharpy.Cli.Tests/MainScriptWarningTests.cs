using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// A main script whose compilation warns is not cached, so its warnings show on every run (CPython never
/// caches __main__ and recompiles it each time), while a warning-free script still is; os._exit leaves at once.
/// </summary>
public sealed class MainScriptWarningTests
{
    private const string Warning = "SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?";

    [Fact]
    public void ScriptThatWarnsWarnsOnEveryRunAndIsNotCached()
    {
        using var tmp = new TempDir();
        tmp.Write("w.py", "x = 1\nif x is 1:\n    print('one')\nimport helper\n");
        tmp.Write("helper.py", "Y = 2\n");
        for (int run = 0; run < 2; run++)
        {
            ProcessResult r = SharpyProcess.Run(["w.py"], tmp.Dir);
            Assert.Equal("one\n", r.Stdout);
            Assert.Contains(Warning, r.Stderr);
        }
        Assert.False(File.Exists(tmp["__pycache__/w.sharpy-311.pyc"]));
        Assert.True(File.Exists(tmp["__pycache__/helper.sharpy-311.pyc"]));
    }

    [Fact]
    public void OsExitLeavesWithoutAtexitHandlers()
    {
        using var tmp = new TempDir();
        tmp.Write("e.py", "import atexit, os, sys\natexit.register(print, 'atexit ran')\nprint('bye', flush=True)\nos._exit(3)\n");
        ProcessResult r = SharpyProcess.Run(["e.py"], tmp.Dir);
        Assert.Equal(3, r.ExitCode);
        Assert.Equal("bye\n", r.Stdout);
    }
}
