using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules;

/// <summary>libc calls used by io.FileIO (reads/writes into the middle of a managed buffer, ftruncate).</summary>
internal static class IoNative
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "read", SetLastError = true)]
    internal static extern nint Read(int fd, ref byte buf, nint count);

    [DllImport(Lib, EntryPoint = "write", SetLastError = true)]
    internal static extern nint Write(int fd, ref byte buf, nint count);

    [DllImport(Lib, EntryPoint = "ftruncate", SetLastError = true)]
    internal static extern int FTruncate(int fd, long length);

    internal const int EINTR = 4, EBADF = 9, EISDIR = 21, ESPIPE = 29;

    // Linux open(2) flags (x86-64 and arm64 agree on these).
    internal const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
}
