using System.Runtime.InteropServices;

namespace Sharpy.Cli.Platform;

/// <summary>
/// An uncaught KeyboardInterrupt ends CPython by SIGINT with the default action, so a parent shell sees
/// "killed by SIGINT" (and stops a script loop) rather than an ordinary exit status.
/// </summary>
// CPython 3.11: Modules/main.c exit_sigint
internal static class ExitBySignal
{
    private const int SIGINT = 2;
    private static readonly nint SIG_DFL = 0;

    /// <summary>Kills the process with SIGINT; returns only where that is impossible (the caller then exits 130).</summary>
    public static void Interrupt()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return;
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }

#pragma warning disable SYSLIB1054 // a source-generated import would need unsafe code
    [DllImport("libc")]
    private static extern nint signal(int signum, nint handler);

    [DllImport("libc")]
    private static extern int kill(int pid, int signum);

    [DllImport("libc")]
    private static extern int getpid();
#pragma warning restore SYSLIB1054
}
