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
    private const uint StatxType = 0x1, StatxMtime = 0x40, StatxSize = 0x200;
    private const int ModeOffset = 28, SizeOffset = 40, MtimeOffset = 112;
    private const ushort FileTypeMask = 0xF000, DirectoryType = 0x4000;

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

    /// <summary>
    /// Everything the cache compares, from ONE statx call (FileInfo costs a stat and an lstat, then the
    /// ctime another statx): null when the path is missing, unreadable or a directory (FileInfo.Exists).
    /// The mtime is truncated to 100 ns as .NET's DateTime gives it, so every path agrees on its value.
    /// Returns false when statx itself is unavailable (the caller falls back to FileInfo).
    /// </summary>
    public static bool TryStat(string path, out SourceStat? stat)
    {
        stat = null;
        if (s_unavailable) return false;
        try
        {
            Span<byte> buffer = stackalloc byte[StatxBufferSize];
            if (statx(AtFdCwd, path, 0, StatxType | StatxMtime | StatxCtime | StatxSize, ref MemoryMarshal.GetReference(buffer)) != 0)
                return true; // missing or inaccessible: FileInfo.Exists would be false
            uint mask = BinaryPrimitives.ReadUInt32LittleEndian(buffer);
            const uint Needed = StatxType | StatxMtime | StatxSize;
            if ((mask & Needed) != Needed) return false;
            if ((BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & FileTypeMask) == DirectoryType) return true;
            long mtimeNs = ReadTimestamp(buffer, MtimeOffset, truncateTo100Ns: true);
            long ctimeNs = (mask & StatxCtime) == 0 ? 0 : ReadTimestamp(buffer, CtimeOffset, truncateTo100Ns: false);
            stat = new SourceStat(mtimeNs, BinaryPrimitives.ReadInt64LittleEndian(buffer[SizeOffset..]), ctimeNs);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    private static long ReadTimestamp(ReadOnlySpan<byte> buffer, int offset, bool truncateTo100Ns)
    {
        long seconds = BinaryPrimitives.ReadInt64LittleEndian(buffer[offset..]);
        uint nanoseconds = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(offset + 8)..]);
        if (truncateTo100Ns) nanoseconds = nanoseconds / 100 * 100;
        long value = seconds * 1_000_000_000L + nanoseconds;
        // Same convention as Get: 0 means "unknown", so a real zero ctime is reported as 1.
        return truncateTo100Ns || value != 0 ? value : 1;
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
#pragma warning disable SYSLIB1054, CA2101 // a source-generated import would need unsafe code
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
#pragma warning restore SYSLIB1054, CA2101

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA2101 // a source-generated import would need unsafe code
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101
}
