namespace Sharpy.Runtime.Tests;

/// <summary>Targeted behaviours: tracebacks, exit codes, recursion limits, hashing.</summary>
public class RuntimeBehaviourTests
{
    [Fact]
    public void UncaughtExceptionPrintsTracebackAndExitsWith1()
    {
        var r = PythonRunner.Run("def f():\n    return 1 / 0\nf()\n", "/tmp/x.py");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"/tmp/x.py\", line 3, in <module>\n" +
            "  File \"/tmp/x.py\", line 2, in f\n" +
            "ZeroDivisionError: division by zero\n", r.Stderr);
    }

    [Theory]
    [InlineData("import sys\nsys.exit(3)", 3, "")]
    [InlineData("import sys\nsys.exit('bye')", 1, "bye\n")]
    [InlineData("raise SystemExit", 0, "")]
    public void SystemExitCodes(string src, int code, string stderr)
    {
        var r = PythonRunner.Run(src);
        Assert.Equal(code, r.ExitCode);
        Assert.Equal(stderr, r.Stderr);
    }

    [Fact]
    public void DeepPythonRecursionWorksAfterRaisingTheLimit()
    {
        var r = PythonRunner.Run("import sys\nsys.setrecursionlimit(100000)\ndef s(n):\n    return 0 if n == 0 else n + s(n - 1)\nprint(s(50000))\n");
        Assert.Equal("1250025000\n", r.Stdout);
    }

    [Fact]
    public void RecursionErrorInsteadOfStackOverflow()
    {
        var r = PythonRunner.Run("def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)\n");
        Assert.Equal("maximum recursion depth exceeded\n", r.Stdout);
    }

    [Fact]
    public void NativeReentryRecursionIsCaught()
    {
        // __repr__ re-entering through native repr() must raise RecursionError, not crash.
        var r = PythonRunner.Run("import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('ok')\n");
        Assert.Equal("ok\n", r.Stdout);
    }

    [Fact]
    public void StringHashesMatchCPythonWithSeedZero()
    {
        // Expected values from: PYTHONHASHSEED=0 python3.11 -c "print(hash('a'), hash('hello'), hash(''))"
        var r = PythonRunner.Run("print(hash('a'), hash('hello'), hash(''))");
        Assert.Equal(ExpectedStrHashes, r.Stdout);
    }

    internal const string ExpectedStrHashes = "4644417185603328019 -2096571579003691106 0\n";
}
