using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>Common base of the native io objects (FileIO, Buffered*, BytesIO, TextIOWrapper, StringIO).</summary>
public abstract class PyIOBase : PyObject
{
    protected PyIOBase(PyType type) : base(type) { }

    public abstract bool IsClosed { get; }
    public abstract void Close();
    public virtual void Flush() { }

    /// <summary>Closed check with the message CPython uses for this class and operation.</summary>
    protected void CheckClosed(string msg = IoErrors.ClosedFile)
    {
        if (IsClosed) throw IoErrors.Closed(msg);
    }
}

/// <summary>
/// A binary stream as the text layer and Buffered* see it: BufferedReader/Writer/Random, BytesIO, or any
/// Python object with the binary-stream methods (<see cref="PyObjectBinaryStream"/>).
/// </summary>
internal interface IBinaryStream
{
    PyObject Self { get; }
    bool IsClosed { get; }
    bool IsReadable { get; }
    bool IsWritable { get; }
    bool IsSeekable { get; }
    /// <summary>read(n): n &lt; 0 reads to EOF; otherwise blocks until n bytes or EOF.</summary>
    byte[] Read(long n);
    /// <summary>read1(n): at most one raw read.</summary>
    byte[] Read1(long n);
    int Write(byte[] data);
    void Flush();
    long Seek(long pos, int whence);
    long Tell();
    long Truncate(long? pos);
    void Close();
}

/// <summary>An arbitrary Python object used as a binary stream (methods called by name).</summary>
internal sealed class PyObjectBinaryStream(PyObject obj) : IBinaryStream
{
    public PyObject Self => obj;
    private PyObject Call(string name, params PyObject[] args) => Ops.CallMethod(obj, name, args);
    public bool IsClosed => Ops.IsTrue(Ops.GetAttr(obj, "closed"));
    public bool IsReadable => Ops.IsTrue(Call("readable"));
    public bool IsWritable => Ops.IsTrue(Call("writable"));
    public bool IsSeekable => Ops.IsTrue(Call("seekable"));
    private static byte[] Bytes(PyObject r) => r is PyNone ? [] : BytesMethods.AsBytes(r);
    public byte[] Read(long n) => Bytes(Call("read", PyInt.From(n)));
    public byte[] Read1(long n) => Ops.TryGetAttr(obj, PyStr.Intern("read1"), out var r1) ? Bytes(Ops.Call(r1, PyInt.From(n))) : Read(n);
    public int Write(byte[] data) { var r = Call("write", new PyBytes(data)); return r is PyInt ? (int)Ops.ToLong(r) : data.Length; }
    public void Flush() => Call("flush");
    public long Seek(long pos, int whence) => Ops.ToLong(Call("seek", PyInt.From(pos), PyInt.From(whence)));
    public long Tell() => Ops.ToLong(Call("tell"));
    public long Truncate(long? pos) => Ops.ToLong(pos == null ? Call("truncate") : Call("truncate", PyInt.From(pos.Value)));
    public void Close() => Call("close");
}
