using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Bz2;

/// <summary>
/// <c>_sharpy_bz2</c>: bzip2 streams over the system libbz2 (the library CPython's _bz2 links, so
/// compressed bytes are identical); <c>lib/bz2.py</c> builds CPython's API on top.
/// </summary>
// CPython 3.11: Modules/_bz2module.c
public static class Bz2NativeModule
{
    private const string Lib = "libbz2.so.1";
    // bz_stream on LP64: next_in 0, avail_in 8, next_out 24, avail_out 32; 80 bytes.
    private const int StreamSize = 80;
    private const int Finish = 2, StreamEnd = 4;

    [DllImport(Lib, EntryPoint = "BZ2_bzCompressInit")] private static extern int CompressInit(IntPtr s, int blockSize, int verbosity, int workFactor);
    [DllImport(Lib, EntryPoint = "BZ2_bzCompress")] private static extern int CompressCall(IntPtr s, int action);
    [DllImport(Lib, EntryPoint = "BZ2_bzCompressEnd")] private static extern int CompressEnd(IntPtr s);
    [DllImport(Lib, EntryPoint = "BZ2_bzDecompressInit")] private static extern int DecompressInit(IntPtr s, int verbosity, int small);
    [DllImport(Lib, EntryPoint = "BZ2_bzDecompress")] private static extern int DecompressCall(IntPtr s);
    [DllImport(Lib, EntryPoint = "BZ2_bzDecompressEnd")] private static extern int DecompressEnd(IntPtr s);
    [DllImport(Lib, EntryPoint = "BZ2_bzlibVersion")] private static extern IntPtr LibVersion();

    private static PyObject Int(long v) => PyInt.From(v);

    public static PyModule Create()
    {
        string version;
        try { version = Marshal.PtrToStringAnsi(LibVersion()) ?? ""; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new PythonException(PyExc.Create(PyExc.ImportError, "libbz2.so.1: cannot open shared object file"));
        }
        var m = new PyModule("_sharpy_bz2");
        var d = m.Dict!;
        d.SetItem("version", new PyStr(version));
        // compressor(level) -> (stream or None, rc)
        d.DefFunction("compressor", (a, k) =>
        {
            var s = new CodecStream(StreamSize, true, 0, 8, 24, 32, false, CompressCall, p => CompressEnd(p));
            int rc = CompressInit(s.Strm, (int)Ops.ToLong(a[0]), 0, 0);
            if (rc != 0) { s.Close(false); return new PyTuple([Py.None, Int(rc)]); }
            return new PyTuple([s, Int(rc)]);
        }, "_sharpy_bz2");
        d.DefFunction("decompressor", (a, k) =>
        {
            var s = new CodecStream(StreamSize, false, 0, 8, 24, 32, false, (p, _) => DecompressCall(p), p => DecompressEnd(p));
            int rc = DecompressInit(s.Strm, 0, 0);
            if (rc != 0) { s.Close(false); return new PyTuple([Py.None, Int(rc)]); }
            return new PyTuple([s, Int(rc)]);
        }, "_sharpy_bz2");
        // compress(stream, data, finish) -> (output, rc)
        d.DefFunction("compress", (a, k) =>
        {
            var s = CodecStream.Of(a[0]);
            bool finish = Ops.IsTrue(a[2]);
            var (output, _, rc) = s.Run(CodecStream.Bytes(a[1]), finish ? Finish : 0, long.MaxValue,
                code => code < 0 || code == StreamEnd);
            return new PyTuple([new PyBytes(output), Int(rc)]);
        }, "_sharpy_bz2");
        // decompress(stream, data, max_length) -> (output, consumed, rc)
        d.DefFunction("decompress", (a, k) =>
        {
            var s = CodecStream.Of(a[0]);
            long max = Ops.ToLong(a[2]);
            var (output, consumed, rc) = s.Run(CodecStream.Bytes(a[1]), 0, max < 0 ? long.MaxValue : max,
                code => code != 0);
            return new PyTuple([new PyBytes(output), Int(consumed), Int(rc)]);
        }, "_sharpy_bz2");
        d.DefFunction("end", (a, k) =>
        {
            if (a[0] is CodecStream s) s.Close(true);
            return Py.None;
        }, "_sharpy_bz2");
        return m;
    }
}
