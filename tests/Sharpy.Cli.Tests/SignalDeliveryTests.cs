using Sharpy.Cli.Tests.Infrastructure;

namespace Sharpy.Cli.Tests;

/// <summary>
/// Signals sent to a running program from outside reach its Python handlers as in CPython 3.11: Ctrl-C (SIGINT)
/// raises KeyboardInterrupt where the program is, a handler installed with signal.signal runs on the main thread,
/// and a signal without one keeps its default action. The expected outputs are CPython's for the same scripts.
/// </summary>
public sealed class SignalDeliveryTests
{
    // The program asks a separate process (kill(1)) to send it the signal once its handlers are set, so the signal
    // arrives from outside at an unpredictable point, as Ctrl-C does.
    private static ProcessResult SendWhenReady(TempDir tmp, string program, string signal)
    {
        File.WriteAllText(Path.Combine(tmp.Dir, "prog.py"), program.Replace("READY", Ready(signal)));
        ProcessResult r = SharpyProcess.Run(["prog.py"], tmp.Dir);
        return r with { Stderr = r.Stderr.Replace(tmp.Dir, "{TMP}") };
    }

    // SIGINT is installed explicitly: a test run in the background inherits it ignored, and then neither CPython
    // nor Sharpy installs default_int_handler at start-up.
    private static string Ready(string signal) =>
        "import os as _os, signal as _signal, subprocess as _sp\n_signal.signal(_signal.SIGINT, _signal.default_int_handler)\n"
        + $"_sp.Popen(['/bin/sh', '-c', 'sleep 0.3; kill -{signal} %d' % _os.getpid()])\n";

    [Fact]
    public void SigintInLoopRaisesKeyboardInterrupt()
    {
        using var tmp = new TempDir();
        ProcessResult r = SendWhenReady(tmp, "import time\nREADYwhile True:\n    time.time()\n", "INT");
        Assert.Equal(130, r.ExitCode);   // CPython ends by SIGINT after the traceback: the parent sees 128 + 2
        Assert.StartsWith("Traceback (most recent call last):\n  File \"{TMP}/prog.py\", line ", r.Stderr);
        Assert.EndsWith("\nKeyboardInterrupt\n", r.Stderr);
    }

    [Fact]
    public void SigintDuringSleepIsCatchable()
    {
        using var tmp = new TempDir();
        ProcessResult r = SendWhenReady(tmp,
            "import time\nREADYtry:\n    time.sleep(30)\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\n", "INT");
        Assert.Equal("caught KeyboardInterrupt()\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void SigtermHandlerRunsOnMainThread()
    {
        using var tmp = new TempDir();
        ProcessResult r = SendWhenReady(tmp,
            "import signal, sys, time\n"
            + "def on_term(signum, frame):\n    print('handler', signum, signal.Signals(signum).name, frame.f_code.co_name)\n    sys.exit(3)\n"
            + "signal.signal(signal.SIGTERM, on_term)\nREADY"
            + "def work():\n    while True:\n        time.sleep(0.01)\nwork()\n", "TERM");
        Assert.Equal("handler 15 SIGTERM work\n", r.Stdout);
        Assert.Equal(3, r.ExitCode);
    }

    [Fact]
    public void SignalWithoutHandlerKeepsItsDefaultAction()
    {
        using var tmp = new TempDir();
        ProcessResult r = SendWhenReady(tmp, "import time\nREADYtime.sleep(30)\nprint('not reached')\n", "TERM");
        Assert.Equal("", r.Stdout);
        Assert.Equal(143, r.ExitCode);
    }

    [Fact]
    public void IgnoredSignalIsDropped()
    {
        using var tmp = new TempDir();
        ProcessResult r = SendWhenReady(tmp,
            "import signal, time\nsignal.signal(signal.SIGUSR1, signal.SIG_IGN)\nREADY"
            + "time.sleep(1)\nprint('still running')\n", "USR1");
        Assert.Equal("still running\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }
}
