using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.Os;

/// <summary>libc's file-descriptor calls (open/read/write/close/isatty/ioctl) for posix's fd API.</summary>
internal static class LibCFd
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "open", SetLastError = true)]
    internal static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mode);

    [DllImport(Lib, EntryPoint = "close", SetLastError = true)]
    internal static extern int Close(int fd);

    [DllImport(Lib, EntryPoint = "fstat", SetLastError = true)]
    internal static extern int FStat(int fd, byte[] buf);

    [DllImport(Lib, EntryPoint = "fsync", SetLastError = true)]
    internal static extern int FSync(int fd);

    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    internal static extern int FTruncate(int fd, long length);

    [DllImport(Lib, EntryPoint = "truncate", SetLastError = true)]
    internal static extern int Truncate([MarshalAs(UnmanagedType.LPUTF8Str)] string path, long length);

    [DllImport(Lib, EntryPoint = "link", SetLastError = true)]
    internal static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport(Lib, EntryPoint = "mkfifo", SetLastError = true)]
    internal static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport(Lib, EntryPoint = "kill", SetLastError = true)]
    internal static extern int Kill(int pid, int signal);

    /// <summary>struct utsname: six 65-byte fields on Linux.</summary>
    [DllImport(Lib, EntryPoint = "uname", SetLastError = true)]
    internal static extern int UName(byte[] buf);

    [DllImport(Lib, EntryPoint = "getloadavg")]
    internal static extern int GetLoadAvg(double[] loads, int count);

    [DllImport(Lib, EntryPoint = "read", SetLastError = true)]
    internal static extern nint Read(int fd, byte[] buf, nint count);

    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    internal static extern nint Write(int fd, byte[] buf, nint count);

    [DllImport(Lib, EntryPoint = "lseek", SetLastError = true)]
    internal static extern long LSeek(int fd, long offset, int whence);

    [DllImport(Lib, EntryPoint = "pipe2", SetLastError = true)]
    internal static extern int Pipe2(int[] fds, int flags);

    [DllImport(Lib, EntryPoint = "isatty")]
    internal static extern int IsATty(int fd);

    /// <summary>ioctl(fd, TIOCGWINSZ, struct winsize*): four unsigned shorts (rows, cols, xpixel, ypixel).</summary>
    [DllImport(Lib, EntryPoint = "ioctl", SetLastError = true)]
    internal static extern int IoctlWinSize(int fd, ulong request, ushort[] winsize);

    /// <summary>statvfs(path, struct statvfs*): on Linux x86-64 the first fields are unsigned longs
    /// f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, ...</summary>
    [DllImport(Lib, EntryPoint = "statvfs", SetLastError = true)]
    internal static extern int StatVfs([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ulong[] buf);

    /// <summary>confstr(name, buf, len): the length needed including the NUL, or 0 for an unset/invalid name.</summary>
    [DllImport(Lib, EntryPoint = "confstr", SetLastError = true)]
    internal static extern nuint ConfStr(int name, byte[]? buf, nuint len);

    internal const ulong TiocGWinSz = 0x5413;
}
