using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.Os;

/// <summary>
/// The few libc calls the <c>posix</c> module needs (Linux x86-64 / glibc ≥ 2.33, where <c>stat</c> and
/// <c>lstat</c> are exported symbols). Going to libc directly gives CPython's exact errno values and
/// <c>st_*</c> fields, which System.IO does not expose.
/// </summary>
internal static class LibC
{
    private const string Lib = "libc";

    [DllImport(Lib, EntryPoint = "stat", SetLastError = true)]
    internal static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf);

    [DllImport(Lib, EntryPoint = "lstat", SetLastError = true)]
    internal static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf);

    [DllImport(Lib, EntryPoint = "mkdir", SetLastError = true)]
    internal static extern int MkDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport(Lib, EntryPoint = "rmdir", SetLastError = true)]
    internal static extern int RmDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport(Lib, EntryPoint = "unlink", SetLastError = true)]
    internal static extern int Unlink([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport(Lib, EntryPoint = "rename", SetLastError = true)]
    internal static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    [DllImport(Lib, EntryPoint = "chdir", SetLastError = true)]
    internal static extern int ChDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport(Lib, EntryPoint = "access", SetLastError = true)]
    internal static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    [DllImport(Lib, EntryPoint = "symlink", SetLastError = true)]
    internal static extern int SymLink([MarshalAs(UnmanagedType.LPUTF8Str)] string target, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport(Lib, EntryPoint = "chmod", SetLastError = true)]
    internal static extern int ChMod([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport(Lib, EntryPoint = "opendir", SetLastError = true)]
    internal static extern IntPtr OpenDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport(Lib, EntryPoint = "closedir", SetLastError = true)]
    internal static extern int CloseDir(IntPtr dir);

    /// <summary>utimensat(AT_FDCWD, path, times[2] as {sec, nsec} pairs, flags).</summary>
    [DllImport(Lib, EntryPoint = "utimensat", SetLastError = true)]
    internal static extern int UTimeNsAt(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, long[]? times, int flags);

    [DllImport(Lib, EntryPoint = "strerror")]
    private static extern IntPtr StrErrorRaw(int errnum);

    [DllImport(Lib, EntryPoint = "setenv", SetLastError = true)]
    internal static extern int SetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);

    [DllImport(Lib, EntryPoint = "unsetenv", SetLastError = true)]
    internal static extern int UnsetEnv([MarshalAs(UnmanagedType.LPUTF8Str)] string name);

    [DllImport(Lib, EntryPoint = "readlink", SetLastError = true)]
    internal static extern nint ReadLink([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buf, nint size);

    [DllImport(Lib, EntryPoint = "getppid")]
    internal static extern int GetPPid();

    [DllImport(Lib, EntryPoint = "getuid")]
    internal static extern uint GetUid();

    [DllImport(Lib, EntryPoint = "geteuid")]
    internal static extern uint GetEUid();

    [DllImport(Lib, EntryPoint = "getgid")]
    internal static extern uint GetGid();

    [DllImport(Lib, EntryPoint = "getegid")]
    internal static extern uint GetEGid();

    [DllImport(Lib, EntryPoint = "getpid")]
    internal static extern int GetPid();

    [DllImport(Lib, EntryPoint = "umask")]
    internal static extern uint UMask(uint mask);

    /// <summary>timespec {sec, nsec} for clock_gettime.</summary>
    [DllImport(Lib, EntryPoint = "clock_gettime", SetLastError = true)]
    internal static extern int ClockGetTime(int clockId, long[] timespec);

    [DllImport(Lib, EntryPoint = "clock_getres", SetLastError = true)]
    internal static extern int ClockGetRes(int clockId, long[] timespec);

    internal const int AtFdCwd = -100;
    internal const int AtSymlinkNoFollow = 0x100;

    internal static string StrError(int errnum) => Marshal.PtrToStringUTF8(StrErrorRaw(errnum)) ?? $"Unknown error {errnum}";

    internal static int LastErrno => Marshal.GetLastPInvokeError();
}
