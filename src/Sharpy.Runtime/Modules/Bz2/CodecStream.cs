using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Bz2;

/// <summary>
/// A libbz2/liblzma stream struct in unmanaged memory (the libraries keep pointers back to it),
/// shared by <c>_sharpy_bz2</c> and <c>_sharpy_lzma</c>: the field layout and the code() call
/// differ, the feed-and-drain loop is the same (CPython's compress/decompress buffer loops).
/// </summary>
internal sealed class CodecStream : PyObject
{
    public static readonly PyType StreamType = PyTypes.NewBuiltin("codec_stream", PyTypes.Object, "_sharpy_bz2",
        _ => throw new PythonException(PyExc.TypeError("cannot create 'codec_stream' instances")));

    public IntPtr Strm;
    public readonly bool Compress;
    public readonly int NextInOff, AvailInOff, NextOutOff, AvailOutOff;
    public readonly bool SizeT;   // avail fields are size_t (lzma) rather than unsigned int (bz2)
    public readonly Func<IntPtr, int, int> Code;
    public readonly Action<IntPtr> End;

    public CodecStream(int size, bool compress, int nextIn, int availIn, int nextOut, int availOut, bool sizeT,
        Func<IntPtr, int, int> code, Action<IntPtr> end) : base(StreamType)
    {
        Strm = Marshal.AllocHGlobal(size);
        for (int i = 0; i < size; i++) Marshal.WriteByte(Strm, i, 0);
        Compress = compress;
        NextInOff = nextIn; AvailInOff = availIn; NextOutOff = nextOut; AvailOutOff = availOut;
        SizeT = sizeT; Code = code; End = end;
    }

    public static CodecStream Of(PyObject o) => o is CodecStream s && s.Strm != IntPtr.Zero ? s
        : throw new PythonException(PyExc.ValueError("compression stream is closed"));

    private long ReadAvail(int off) => SizeT ? Marshal.ReadInt64(Strm, off) : (uint)Marshal.ReadInt32(Strm, off);

    private void WriteAvail(int off, long v)
    {
        if (SizeT) Marshal.WriteInt64(Strm, off, v);
        else Marshal.WriteInt32(Strm, off, (int)v);
    }

    public void Close(bool initialized)
    {
        if (Strm == IntPtr.Zero) return;
        if (initialized) End(Strm);
        Marshal.FreeHGlobal(Strm);
        Strm = IntPtr.Zero;
    }

    /// <summary>
    /// Runs code(action) over <paramref name="data"/> until the input is consumed and the output
    /// buffer is not full, maxOut bytes were produced, the stream ended, or an error occurred.
    /// </summary>
    /// <param name="isDone">status codes that end the loop (stream end) or report an error.</param>
    public (byte[] Output, long Consumed, int Rc) Run(byte[] data, int action, long maxOut, Func<int, bool> isDone)
    {
        const int Chunk = 64 * 1024;
        var input = Marshal.AllocHGlobal(Math.Max(1, data.Length));
        var outBuf = Marshal.AllocHGlobal(Chunk);
        try
        {
            Marshal.Copy(data, 0, input, data.Length);
            Marshal.WriteIntPtr(Strm, NextInOff, input);
            WriteAvail(AvailInOff, data.Length);
            var output = new MemoryStream();
            var chunk = new byte[Chunk];
            int rc;
            while (true)
            {
                long room = Math.Min(Chunk, maxOut - output.Length);
                Marshal.WriteIntPtr(Strm, NextOutOff, outBuf);
                WriteAvail(AvailOutOff, room);
                rc = Code(Strm, action);
                int produced = (int)(room - ReadAvail(AvailOutOff));
                Marshal.Copy(outBuf, chunk, 0, produced);
                output.Write(chunk, 0, produced);
                if (isDone(rc)) break;
                if (output.Length >= maxOut) break;
                if (ReadAvail(AvailOutOff) != 0 && ReadAvail(AvailInOff) == 0) break;   // drained
                if (produced == 0 && ReadAvail(AvailInOff) == 0) break;
            }
            long consumed = data.Length - ReadAvail(AvailInOff);
            Marshal.WriteIntPtr(Strm, NextInOff, IntPtr.Zero);
            WriteAvail(AvailInOff, 0);
            return (output.ToArray(), consumed, rc);
        }
        finally
        {
            Marshal.FreeHGlobal(input);
            Marshal.FreeHGlobal(outBuf);
        }
    }

    public static byte[] Bytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'")),
    };
}
