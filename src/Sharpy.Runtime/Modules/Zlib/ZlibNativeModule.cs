using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Zlib;

/// <summary>
/// <c>_zlib</c>: thin stream primitives over the system zlib; <c>lib/zlib.py</c> builds the
/// public module (error messages, Compress/Decompress objects) on top.
/// Streams are integer handles; every call returns zlib's status code instead of raising.
/// </summary>
public static class ZlibNativeModule
{
    private sealed class Stream(IntPtr strm, bool deflate)
    {
        public IntPtr Strm = strm;
        public readonly bool IsDeflate = deflate;
    }

    private static readonly Dictionary<long, Stream> Streams = new();
    private static long _nextHandle = 1;
    private const int ChunkSize = 16384;

    private static byte[] Bytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'")),
    };

    private static PyObject Int(long v) => PyInt.From(v);

    private static Stream Get(PyObject h)
    {
        if (!Streams.TryGetValue(Ops.ToLong(h), out var s) || s.Strm == IntPtr.Zero)
            throw new PythonException(PyExc.ValueError("zlib stream is closed"));
        return s;
    }

    private static long Register(IntPtr strm, bool deflate)
    {
        long h = _nextHandle++;
        Streams[h] = new Stream(strm, deflate);
        return h;
    }

    private static PyObject Str(string? s) => s == null ? Py.None : new PyStr(s);

    public static PyModule Create()
    {
        var m = new PyModule("_zlib");
        var d = m.Dict!;
        d.SetItem("ZLIB_VERSION", new PyStr(LibZ.Version));
        d.DefFunction("crc32", (a, k) =>
        {
            var data = Bytes(a[0]);
            ulong start = a.Length > 1 ? (ulong)(Ops.ToBig(a[1]) & 0xFFFFFFFF) : 0;
            return Int((long)(LibZ.Crc32(start, data, (uint)data.Length) & 0xFFFFFFFF));
        }, "_zlib");
        d.DefFunction("adler32", (a, k) =>
        {
            var data = Bytes(a[0]);
            ulong start = a.Length > 1 ? (ulong)(Ops.ToBig(a[1]) & 0xFFFFFFFF) : 1;
            return Int((long)(LibZ.Adler32(start, data, (uint)data.Length) & 0xFFFFFFFF));
        }, "_zlib");
        // deflate_init(level, method, wbits, memlevel, strategy) -> (handle, err)
        d.DefFunction("deflate_init", (a, k) =>
        {
            var strm = LibZ.NewStream();
            int err = LibZ.DeflateInit2(strm, (int)Ops.ToLong(a[0]), (int)Ops.ToLong(a[1]), (int)Ops.ToLong(a[2]),
                (int)Ops.ToLong(a[3]), (int)Ops.ToLong(a[4]), LibZ.Version, LibZ.StreamSize);
            if (err != LibZ.Ok)
            {
                Marshal.FreeHGlobal(strm);
                return new PyTuple([Int(0), Int(err)]);
            }
            return new PyTuple([Int(Register(strm, true)), Int(err)]);
        }, "_zlib");
        d.DefFunction("inflate_init", (a, k) =>
        {
            var strm = LibZ.NewStream();
            int err = LibZ.InflateInit2(strm, (int)Ops.ToLong(a[0]), LibZ.Version, LibZ.StreamSize);
            if (err != LibZ.Ok)
            {
                Marshal.FreeHGlobal(strm);
                return new PyTuple([Int(0), Int(err)]);
            }
            return new PyTuple([Int(Register(strm, false)), Int(err)]);
        }, "_zlib");
        d.DefFunction("set_dictionary", (a, k) =>
        {
            var s = Get(a[0]);
            var dict = Bytes(a[1]);
            int err = s.IsDeflate ? LibZ.DeflateSetDictionary(s.Strm, dict, (uint)dict.Length)
                : LibZ.InflateSetDictionary(s.Strm, dict, (uint)dict.Length);
            return Int(err);
        }, "_zlib");
        // deflate(handle, data, flush) -> (output, err, msg): consumes all input.
        d.DefFunction("deflate", (a, k) =>
        {
            var s = Get(a[0]);
            var data = Bytes(a[1]);
            int flush = (int)Ops.ToLong(a[2]);
            var (output, _, err) = Run(s, data, flush, long.MaxValue);
            return new PyTuple([new PyBytes(output), Int(err), Str(LibZ.Message(s.Strm))]);
        }, "_zlib");
        // inflate(handle, data, max_length, flush) -> (output, consumed, err, msg)
        d.DefFunction("inflate", (a, k) =>
        {
            var s = Get(a[0]);
            var data = Bytes(a[1]);
            long max = Ops.ToLong(a[2]);
            int flush = (int)Ops.ToLong(a[3]);
            var (output, consumed, err) = Run(s, data, flush, max <= 0 ? long.MaxValue : max);
            return new PyTuple([new PyBytes(output), Int(consumed), Int(err), Str(LibZ.Message(s.Strm))]);
        }, "_zlib");
        d.DefFunction("end", (a, k) =>
        {
            if (!Streams.TryGetValue(Ops.ToLong(a[0]), out var s) || s.Strm == IntPtr.Zero) return Int(0);
            int err = s.IsDeflate ? LibZ.DeflateEnd(s.Strm) : LibZ.InflateEnd(s.Strm);
            Marshal.FreeHGlobal(s.Strm);
            s.Strm = IntPtr.Zero;
            Streams.Remove(Ops.ToLong(a[0]));
            return Int(err);
        }, "_zlib");
        d.DefFunction("copy", (a, k) =>
        {
            var s = Get(a[0]);
            var dest = LibZ.NewStream();
            int err = s.IsDeflate ? LibZ.DeflateCopy(dest, s.Strm) : LibZ.InflateCopy(dest, s.Strm);
            if (err != LibZ.Ok)
            {
                Marshal.FreeHGlobal(dest);
                return new PyTuple([Int(0), Int(err)]);
            }
            return new PyTuple([Int(Register(dest, s.IsDeflate)), Int(err)]);
        }, "_zlib");
        return m;
    }

    /// <summary>
    /// Feeds data through deflate/inflate until the input is consumed and the output buffer is
    /// not full (CPython's loop), or until maxOut bytes were produced or the stream ended.
    /// </summary>
    private static (byte[] Output, long Consumed, int Err) Run(Stream s, byte[] data, int flush, long maxOut)
    {
        var input = Marshal.AllocHGlobal(Math.Max(1, data.Length));
        var outBuf = Marshal.AllocHGlobal(ChunkSize);
        try
        {
            Marshal.Copy(data, 0, input, data.Length);
            Marshal.WriteIntPtr(s.Strm, LibZ.NextIn, input);
            Marshal.WriteInt32(s.Strm, LibZ.AvailIn, data.Length);
            var output = new MemoryStream();
            int err;
            var chunk = new byte[ChunkSize];
            while (true)
            {
                long room = Math.Min(ChunkSize, maxOut - output.Length);
                Marshal.WriteIntPtr(s.Strm, LibZ.NextOut, outBuf);
                Marshal.WriteInt32(s.Strm, LibZ.AvailOut, (int)room);
                err = s.IsDeflate ? LibZ.Deflate(s.Strm, flush) : LibZ.Inflate(s.Strm, flush);
                int produced = (int)room - Marshal.ReadInt32(s.Strm, LibZ.AvailOut);
                Marshal.Copy(outBuf, chunk, 0, produced);
                output.Write(chunk, 0, produced);
                if (err != LibZ.Ok && err != LibZ.BufError) break;
                if (Marshal.ReadInt32(s.Strm, LibZ.AvailOut) != 0) break;   // output not full: done
                if (output.Length >= maxOut) break;
                if (err == LibZ.BufError && Marshal.ReadInt32(s.Strm, LibZ.AvailIn) == 0 && produced == 0) break;
            }
            long consumed = data.Length - Marshal.ReadInt32(s.Strm, LibZ.AvailIn);
            Marshal.WriteIntPtr(s.Strm, LibZ.NextIn, IntPtr.Zero);
            Marshal.WriteInt32(s.Strm, LibZ.AvailIn, 0);
            return (output.ToArray(), consumed, err);
        }
        finally
        {
            Marshal.FreeHGlobal(input);
            Marshal.FreeHGlobal(outBuf);
        }
    }
}
