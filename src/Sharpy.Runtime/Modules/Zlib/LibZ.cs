using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.Zlib;

/// <summary>
/// The system zlib (the library CPython's zlib module links), so compressed bytes are
/// identical to CPython's. z_stream lives in unmanaged memory because zlib keeps a pointer
/// back to it in its internal state.
/// </summary>
internal static class LibZ
{
    private const string Lib = "libz.so.1";

    // z_stream field offsets on LP64 (x86-64/arm64 Linux).
    public const int NextIn = 0, AvailIn = 8, TotalIn = 16, NextOut = 24, AvailOut = 32,
        TotalOut = 40, Msg = 48, StreamSize = 112;

    public const int Ok = 0, StreamEnd = 1, NeedDict = 2, StreamError = -2, DataError = -3,
        MemError = -4, BufError = -5, VersionError = -6;

    [DllImport(Lib, EntryPoint = "zlibVersion")] public static extern IntPtr ZlibVersion();
    [DllImport(Lib, EntryPoint = "deflateInit2_")]
    public static extern int DeflateInit2(IntPtr strm, int level, int method, int windowBits, int memLevel,
        int strategy, [MarshalAs(UnmanagedType.LPStr)] string version, int streamSize);
    [DllImport(Lib, EntryPoint = "deflate")] public static extern int Deflate(IntPtr strm, int flush);
    [DllImport(Lib, EntryPoint = "deflateEnd")] public static extern int DeflateEnd(IntPtr strm);
    [DllImport(Lib, EntryPoint = "deflateCopy")] public static extern int DeflateCopy(IntPtr dest, IntPtr source);
    [DllImport(Lib, EntryPoint = "deflateSetDictionary")] public static extern int DeflateSetDictionary(IntPtr strm, byte[] dict, uint len);
    [DllImport(Lib, EntryPoint = "inflateInit2_")]
    public static extern int InflateInit2(IntPtr strm, int windowBits, [MarshalAs(UnmanagedType.LPStr)] string version, int streamSize);
    [DllImport(Lib, EntryPoint = "inflate")] public static extern int Inflate(IntPtr strm, int flush);
    [DllImport(Lib, EntryPoint = "inflateEnd")] public static extern int InflateEnd(IntPtr strm);
    [DllImport(Lib, EntryPoint = "inflateCopy")] public static extern int InflateCopy(IntPtr dest, IntPtr source);
    [DllImport(Lib, EntryPoint = "inflateSetDictionary")] public static extern int InflateSetDictionary(IntPtr strm, byte[] dict, uint len);
    [DllImport(Lib, EntryPoint = "crc32")] public static extern ulong Crc32(ulong crc, byte[] buf, uint len);
    [DllImport(Lib, EntryPoint = "adler32")] public static extern ulong Adler32(ulong adler, byte[] buf, uint len);

    public static string Version => Marshal.PtrToStringAnsi(ZlibVersion()) ?? "";

    public static IntPtr NewStream()
    {
        var p = Marshal.AllocHGlobal(StreamSize);
        for (int i = 0; i < StreamSize; i += 8) Marshal.WriteInt64(p, i, 0);
        return p;
    }

    public static string? Message(IntPtr strm)
    {
        var m = Marshal.ReadIntPtr(strm, Msg);
        return m == IntPtr.Zero ? null : Marshal.PtrToStringAnsi(m);
    }
}
