using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Sharpy.Bytecode.Cache;

/// <summary>
/// The inode change time (st_ctime) of a file, which .NET does not expose. Unlike the mtime it cannot be
/// set by programs (touch -d, utime, archive extraction all set it to "now"), so a content edit hidden by
/// a restored mtime still shows here. Read with Linux's statx(2), whose struct layout is the same on every
/// architecture; elsewhere (or if statx is missing) the ctime is unknown (0) and callers fall back.
/// </summary>
internal static class InodeChangeTime
{
    private const int AtFdCwd = -100;
    private const uint StatxCtime = 0x80;
    private const int StatxBufferSize = 256;
    private const int CtimeOffset = 96; // struct statx: stx_ctime { __s64 tv_sec; __u32 tv_nsec; }

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>Nanoseconds since the epoch, or 0 when unknown.</summary>
    public static long Get(string path)
    {
        if (s_unavailable) return 0;
        try
        {
            var buffer = new byte[StatxBufferSize];
            if (statx(AtFdCwd, path, 0, StatxCtime, buffer) != 0) return 0;
            uint mask = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
            if ((mask & StatxCtime) == 0) return 0;
            long seconds = BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(CtimeOffset));
            uint nanoseconds = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(CtimeOffset + 8));
            long value = seconds * 1_000_000_000L + nanoseconds;
            return value == 0 ? 1 : value;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return 0;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA2101 // a source-generated import would need unsafe code
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101
}
