using System.Runtime.InteropServices;
using Sharpy.Runtime.Modules.Bz2;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Lzma;

/// <summary>
/// <c>_sharpy_lzma</c>: xz/lzma streams over the system liblzma (CPython's _lzma library, so output
/// bytes are identical); <c>lib/lzma.py</c> builds CPython's API, argument checks and errors.
/// Filter chains arrive as lists of (id, options) where options is a tuple of ints (see lzma.py).
/// </summary>
// CPython 3.11: Modules/_lzmamodule.c
public static class LzmaNativeModule
{
    private const string Lib = "liblzma.so.5";
    // lzma_stream on LP64: next_in 0, avail_in 8, next_out 24, avail_out 32; 136 bytes.
    private const int StreamSize = 136;
    private const int OptionsSize = 256;   // lzma_options_lzma / lzma_options_delta with room to spare
    private const ulong VliUnknown = ulong.MaxValue;
    private const long FilterLzma1 = 0x4000000000000001, FilterLzma2 = 0x21, FilterDelta = 0x03;

    [DllImport(Lib, EntryPoint = "lzma_code")] private static extern int CodeCall(IntPtr s, int action);
    [DllImport(Lib, EntryPoint = "lzma_end")] private static extern void EndCall(IntPtr s);
    [DllImport(Lib, EntryPoint = "lzma_easy_encoder")] private static extern int EasyEncoder(IntPtr s, uint preset, int check);
    [DllImport(Lib, EntryPoint = "lzma_stream_encoder")] private static extern int StreamEncoder(IntPtr s, IntPtr filters, int check);
    [DllImport(Lib, EntryPoint = "lzma_alone_encoder")] private static extern int AloneEncoder(IntPtr s, IntPtr options);
    [DllImport(Lib, EntryPoint = "lzma_raw_encoder")] private static extern int RawEncoder(IntPtr s, IntPtr filters);
    [DllImport(Lib, EntryPoint = "lzma_auto_decoder")] private static extern int AutoDecoder(IntPtr s, ulong memlimit, uint flags);
    [DllImport(Lib, EntryPoint = "lzma_stream_decoder")] private static extern int StreamDecoder(IntPtr s, ulong memlimit, uint flags);
    [DllImport(Lib, EntryPoint = "lzma_alone_decoder")] private static extern int AloneDecoder(IntPtr s, ulong memlimit);
    [DllImport(Lib, EntryPoint = "lzma_raw_decoder")] private static extern int RawDecoder(IntPtr s, IntPtr filters);
    [DllImport(Lib, EntryPoint = "lzma_lzma_preset")] private static extern int LzmaPreset(IntPtr options, uint preset);
    [DllImport(Lib, EntryPoint = "lzma_get_check")] private static extern int GetCheck(IntPtr s);
    [DllImport(Lib, EntryPoint = "lzma_check_is_supported")] private static extern int CheckIsSupported(int check);
    [DllImport(Lib, EntryPoint = "lzma_version_string")] private static extern IntPtr VersionString();

    private static PyObject Int(long v) => PyInt.From(v);

    public static PyModule Create()
    {
        string version;
        try { version = Marshal.PtrToStringAnsi(VersionString()) ?? ""; }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new PythonException(PyExc.Create(PyExc.ImportError, "liblzma.so.5: cannot open shared object file"));
        }
        var m = new PyModule("_sharpy_lzma");
        var d = m.Dict!;
        d.SetItem("version", new PyStr(version));
        d.DefFunction("is_check_supported", (a, k) => Py.Bool(CheckIsSupported((int)Ops.ToLong(a[0])) != 0), "_sharpy_lzma");
        // encoder(format, check, preset, filters or None) -> (stream or None, rc)
        d.DefFunction("encoder", (a, k) => Init(true, (int)Ops.ToLong(a[0]), (int)Ops.ToLong(a[1]),
            (uint)Ops.ToLong(a[2]), a[3], 0), "_sharpy_lzma");
        // decoder(format, memlimit, filters or None) -> (stream or None, rc)
        d.DefFunction("decoder", (a, k) => Init(false, (int)Ops.ToLong(a[0]), 0, 0, a[2], (ulong)Ops.ToBig(a[1])), "_sharpy_lzma");
        // code(stream, data, finish, max_length) -> (output, consumed, rc)
        d.DefFunction("code", (a, k) =>
        {
            var s = CodecStream.Of(a[0]);
            bool finish = Ops.IsTrue(a[2]);
            long max = Ops.ToLong(a[3]);
            var (output, consumed, rc) = s.Run(CodecStream.Bytes(a[1]), finish ? 3 : 0, max < 0 ? long.MaxValue : max,
                code => code != 0);
            return new PyTuple([new PyBytes(output), Int(consumed), Int(rc)]);
        }, "_sharpy_lzma");
        d.DefFunction("get_check", (a, k) => Int(GetCheck(CodecStream.Of(a[0]).Strm)), "_sharpy_lzma");
        d.DefFunction("end", (a, k) =>
        {
            if (a[0] is CodecStream s) s.Close(true);
            return Py.None;
        }, "_sharpy_lzma");
        return m;
    }

    private static PyObject Init(bool encode, int format, int check, uint preset, PyObject filters, ulong memlimit)
    {
        var s = new CodecStream(StreamSize, encode, 0, 8, 24, 32, true, CodeCall, EndCall);
        var allocations = new List<IntPtr>();
        try
        {
            IntPtr chain = filters is PyNone ? IntPtr.Zero : BuildChain(filters, allocations);
            int rc;
            if (encode)
            {
                rc = format switch
                {
                    1 when chain == IntPtr.Zero => EasyEncoder(s.Strm, preset, check),
                    1 => StreamEncoder(s.Strm, chain, check),
                    2 => AloneEncoder(s.Strm, chain == IntPtr.Zero ? PresetOptions(preset, allocations) : Marshal.ReadIntPtr(chain, 8)),
                    _ => RawEncoder(s.Strm, chain),
                };
            }
            else
            {
                rc = format switch
                {
                    0 => AutoDecoder(s.Strm, memlimit, 0),
                    1 => StreamDecoder(s.Strm, memlimit, 0),
                    2 => AloneDecoder(s.Strm, memlimit),
                    _ => RawDecoder(s.Strm, chain),
                };
            }
            if (rc != 0) { s.Close(false); return new PyTuple([Py.None, Int(rc)]); }
            return new PyTuple([s, Int(rc)]);
        }
        finally
        {
            foreach (var p in allocations) Marshal.FreeHGlobal(p);
        }
    }

    private static IntPtr Zeroed(int size, List<IntPtr> allocations)
    {
        var p = Marshal.AllocHGlobal(size);
        allocations.Add(p);
        for (int i = 0; i < size; i++) Marshal.WriteByte(p, i, 0);
        return p;
    }

    private static IntPtr PresetOptions(uint preset, List<IntPtr> allocations)
    {
        var p = Zeroed(OptionsSize, allocations);
        if (LzmaPreset(p, preset) != 0)
            throw new PythonException(PyExc.ValueError($"Invalid compression preset: {preset}"));
        return p;
    }

    /// <summary>
    /// lzma_filter[] from [(id, options)]: LZMA1/2 options are (preset, dict_size, lc, lp, pb, mode,
    /// nice_len, mf, depth) with -1 meaning "the preset's value"; delta is (dist,); BCJ has ().
    /// </summary>
    private static IntPtr BuildChain(PyObject filters, List<IntPtr> allocations)
    {
        var items = Ops.ToList(filters);
        if (items.Count > 4) throw new PythonException(PyExc.ValueError("Too many filters - liblzma supports a maximum of 4"));
        var chain = Zeroed(16 * (items.Count + 1), allocations);
        for (int i = 0; i < items.Count; i++)
        {
            var pair = Ops.ToArray(items[i]);
            long id = (long)(ulong)Ops.ToBig(pair[0]);
            var opts = Ops.ToArray(pair[1]).Select(o => Ops.ToLong(o)).ToArray();
            IntPtr options = IntPtr.Zero;
            if (id == FilterLzma1 || id == FilterLzma2)
            {
                options = PresetOptions((uint)opts[0], allocations);
                // lzma_options_lzma: dict_size 0, lc 20, lp 24, pb 28, mode 32, nice_len 36, mf 40, depth 44
                int[] offsets = [0, 20, 24, 28, 32, 36, 40, 44];
                for (int j = 0; j < offsets.Length && j + 1 < opts.Length; j++)
                    if (opts[j + 1] >= 0) Marshal.WriteInt32(options, offsets[j], (int)opts[j + 1]);
            }
            else if (id == FilterDelta)
            {
                options = Zeroed(OptionsSize, allocations);
                Marshal.WriteInt32(options, 4, opts.Length > 0 ? (int)opts[0] : 1);   // type BYTE (0), dist
            }
            else if (opts.Length > 0)
            {
                options = Zeroed(OptionsSize, allocations);
                Marshal.WriteInt32(options, 0, (int)opts[0]);   // BCJ start_offset
            }
            Marshal.WriteInt64(chain, 16 * i, id);
            Marshal.WriteIntPtr(chain, 16 * i + 8, options);
        }
        Marshal.WriteInt64(chain, 16 * items.Count, unchecked((long)VliUnknown));
        return chain;
    }
}
