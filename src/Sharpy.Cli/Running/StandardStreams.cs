using System.Runtime.InteropServices;

namespace Sharpy.Cli.Running;

/// <summary>
/// Whether descriptors 0-2 exist. A program started with one of them closed (<c>prog &gt;&amp;-</c>) gets
/// None for that sys.std* stream, as in CPython, instead of a stream that fails on first use.
/// </summary>
// CPython 3.11: Python/pylifecycle.c create_stdio (is_valid_fd)
internal static class StandardStreams
{
    private const int F_GETFD = 1;

    // Probed once, before anything opens a file: a descriptor opened later (even .NET's dup of the
    // console) takes the lowest free number and would make a closed 1 look open.
    private static readonly bool[] Open = Probe();

    /// <summary>Records the state of 0-2; call first thing at start-up.</summary>
    public static void Initialize() => _ = Open;

    public static bool IsOpen(int fd) => Open[fd];

    private static bool[] Probe()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return [true, true, true];
        return [fcntl(0, F_GETFD, 0) != -1, fcntl(1, F_GETFD, 0) != -1, fcntl(2, F_GETFD, 0) != -1];
    }

    /// <summary>The console stream for descriptor 1 or 2, or a sink when the descriptor is closed.</summary>
    public static Stream OpenConsoleOrNull(int fd)
    {
        if (!IsOpen(fd))
            return Stream.Null;
        return fd == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // a source-generated import would need unsafe code
    private static extern int fcntl(int fd, int command, int argument);
#pragma warning restore SYSLIB1054
}
