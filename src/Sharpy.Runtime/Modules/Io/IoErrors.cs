using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>The exceptions the io classes raise, with CPython's messages.</summary>
internal static class IoErrors
{
    public const string ClosedFile = "I/O operation on closed file.";
    public const string ClosedFileNoDot = "I/O operation on closed file";

    public static PythonException Closed(string msg = ClosedFile) => new(PyExc.ValueError(msg));

    public static PythonException Unsupported(string msg) => new(PyExc.Create(IoModule.UnsupportedOperation, msg));

    public static PythonException Os(int errno, PyObject? filename = null) => PosixModule.Error(errno, filename);

    public static PythonException Detached() => new(PyExc.ValueError("underlying buffer has been detached"));

    public static PythonException RawDetached() => new(PyExc.ValueError("raw stream has been detached"));

    public static PythonException BadWhence(long whence) =>
        new(PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"));

    /// <summary>An optional size argument: None or missing → -1, else an int (CPython's _Py_convert_optional_to_ssize_t).</summary>
    public static long Size(ReadOnlySpan<PyObject> args, int i = 0)
    {
        if (args.Length <= i || args[i] is PyNone) return -1;
        if (args[i] is PyInt || args[i].Type.Lookup("__index__") != null) return Ops.ToLong(Ops.Index(args[i]));
        throw new PythonException(PyExc.TypeError($"argument should be integer or None, not '{args[i].Type.Name}'"));
    }

    /// <summary>The bytes of a bytes-like argument of write().</summary>
    public static byte[] BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyStr => throw new PythonException(PyExc.TypeError("a bytes-like object is required, not 'str'")),
        _ => o.Type.Lookup("__bytes__") != null && o.Type.Name == "memoryview"
            ? BytesMethods.FromObject(o)
            : throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'")),
    };
}
