using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The <c>marshal</c> module: CPython 3.11's wire format (Python/marshal.c) for data values, so
/// <c>dumps</c> of ints, floats, strings, bytes, tuples, lists, dicts, sets, ... gives CPython's bytes and
/// <c>loads</c> reads CPython's. Code objects are Sharpy's own (type 'c', then a uint32 length and the
/// code object in Sharpy's pyc body encoding, docs/pyc-format.md): neither interpreter loads the other's.
/// </summary>
public static class MarshalModule
{
    /// <summary>CPython 3.11: Py_MARSHAL_VERSION.</summary>
    public const int Version = 4;

    public static PyModule Create()
    {
        var m = new PyModule("marshal");
        var d = m.Dict!;
        d.SetItem("version", PyInt.From(Version));
        d.DefFunction("dumps", (a, k) =>
        {
            CheckArgs("dumps", a, k, 1, 2, "marshal.dumps");
            return new PyBytes(MarshalEncoder.Encode(a[0], a.Length > 1 ? VersionArg(a[1]) : Version));
        }, "marshal");
        d.DefFunction("loads", (a, k) =>
        {
            CheckArgs("loads", a, k, 1, 1, "marshal.loads");
            return MarshalDecoder.Decode(BytesLike(a[0]), out _);
        }, "marshal");
        d.DefFunction("dump", (a, k) =>
        {
            CheckArgs("dump", a, k, 2, 3, "marshal.dump");
            byte[] data = MarshalEncoder.Encode(a[0], a.Length > 2 ? VersionArg(a[2]) : Version);
            Ops.CallMethod(a[1], "write", new PyBytes(data));
            return PyNone.Instance;
        }, "marshal");
        d.DefFunction("load", (a, k) =>
        {
            CheckArgs("load", a, k, 1, 1, "marshal.load");
            return Load(a[0]);
        }, "marshal");
        return m;
    }

    // CPython 3.11: marshal_load reads the whole remaining file (through readinto in chunks) and seeks back
    // to just after the object when the file is seekable; this reads it all, then seeks when it can.
    private static PyObject Load(PyObject file)
    {
        var data = Ops.CallMethod(file, "read");
        if (data is not (PyBytes or PyByteArray))
            throw new PythonException(PyExc.TypeError($"file.read() returned not bytes but {data.Type.Name}"));
        byte[] bytes = BytesLike(data);
        var value = MarshalDecoder.Decode(bytes, out int consumed);
        if (consumed < bytes.Length)
        {
            try { Ops.CallMethod(file, "seek", PyInt.From(consumed - bytes.Length), PyInt.From(1)); }
            catch (PythonException) { /* not seekable: the rest is lost, as with a pipe in CPython */ }
        }
        return value;
    }

    private static void CheckArgs(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int min, int max, string qualified)
    {
        if (kwnames is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{qualified}() takes no keyword arguments"));
        if (min == max && args.Length != min)
            throw new PythonException(PyExc.TypeError($"{qualified}() takes exactly one argument ({args.Length} given)"));
        if (args.Length < min)
            throw new PythonException(PyExc.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}"));
        if (args.Length > max)
            throw new PythonException(PyExc.TypeError($"{name} expected at most {max} arguments, got {args.Length}"));
    }

    private static int VersionArg(PyObject o)
    {
        if (o is not PyInt i) throw new PythonException(PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"));
        if (i.IsBig || i.Value is > int.MaxValue or < int.MinValue)
            throw new PythonException(PyExc.OverflowError("Python int too large to convert to C int"));
        return (int)i.Value;
    }

    private static byte[] BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'")),
    };
}
