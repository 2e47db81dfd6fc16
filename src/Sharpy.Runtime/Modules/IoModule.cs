using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>
/// The io / _io module: the class hierarchy of CPython's _io (types here, methods in Io/IoMethods.*.cs,
/// open() in Io/OpenFunction.cs).
/// </summary>
public static partial class IoModule
{
    public static readonly PyType IOBase = PyTypes.NewBuiltin("_IOBase", PyTypes.Object, "_io");
    public static readonly PyType RawIOBase = PyTypes.NewBuiltin("_RawIOBase", IOBase, "_io");
    public static readonly PyType BufferedIOBase = PyTypes.NewBuiltin("_BufferedIOBase", IOBase, "_io");
    public static readonly PyType TextIOBase = PyTypes.NewBuiltin("_TextIOBase", IOBase, "_io");
    public static readonly PyType FileIOType = PyTypes.NewBuiltin("FileIO", RawIOBase, "_io",
        t => new PyFileIO(t, -1, PyNone.Instance, false, false, false, false, false));
    public static readonly PyType BufferedReader = PyTypes.NewBuiltin("BufferedReader", BufferedIOBase, "_io");
    public static readonly PyType BufferedWriter = PyTypes.NewBuiltin("BufferedWriter", BufferedIOBase, "_io");
    public static readonly PyType BufferedRandom = PyTypes.NewBuiltin("BufferedRandom", BufferedIOBase, "_io");
    public static readonly PyType BytesIOType = PyTypes.NewBuiltin("BytesIO", BufferedIOBase, "_io", t => new PyBytesIO(t, []));
    public static readonly PyType TextIOWrapper = PyTypes.NewBuiltin("TextIOWrapper", TextIOBase, "_io");
    public static readonly PyType StringIOType = PyTypes.NewBuiltin("StringIO", TextIOBase, "_io", t => new PyStringIO(t));
    public static readonly PyType UnsupportedOperation;

    public const int DefaultBufferSize = 8192;

    static IoModule()
    {
        UnsupportedOperation = PyTypes.NewBuiltin("UnsupportedOperation", PyExc.OSErrorType, "io");
        UnsupportedOperation.Bases = [PyExc.OSErrorType, PyExc.ValueErrorType];
        UnsupportedOperation.Mro = PyType.ComputeC3(UnsupportedOperation, UnsupportedOperation.Bases);
        // The native classes are their own solid bases, so Python subclasses get the native layout.
        foreach (var t in new[] { FileIOType, BufferedReader, BufferedWriter, BufferedRandom, BytesIOType, TextIOWrapper, StringIOType })
            t.SolidBase = t;
        DefineIOBase();
        DefineFileIO();
        DefineBuffered();
        DefineBytesIO();
        DefineTextIOWrapper();
        DefineStringIO();
    }

    /// <summary>A standard stream (sys.stdin/stdout/stderr): TextIOWrapper → Buffered* → FileIO over a host stream.</summary>
    public static PyTextIO StdStream(Stream stream, int fd, string name, bool write, bool lineBuffering)
    {
        var raw = new PyFileIO(stream, fd, new PyStr(name), !write, write);
        var buf = new PyBuffered(write ? BufferedWriter : BufferedReader, raw, DefaultBufferSize, !write, write);
        // CPython with PYTHONIOENCODING=utf-8: stdin/stdout are strict, stderr uses backslashreplace.
        // -u / PYTHONUNBUFFERED: every write reaches the stream (line_buffering stays False, as in CPython).
        return new PyTextIO(TextIOWrapper, buf, "utf-8", fd == 2 ? "backslashreplace" : "strict", null, fd == 2, false)
        { Mode = write ? "w" : "r", FlushEachWrite = fd == 1 && lineBuffering };
    }

    public static PyModule Create(PythonRuntime rt, string name)
    {
        var m = new PyModule(name);
        var d = m.Dict!;
        d.SetItem("StringIO", StringIOType);
        d.SetItem("BytesIO", BytesIOType);
        d.SetItem("TextIOWrapper", TextIOWrapper);
        d.SetItem("BufferedReader", BufferedReader);
        d.SetItem("BufferedWriter", BufferedWriter);
        d.SetItem("BufferedRandom", BufferedRandom);
        d.SetItem("FileIO", FileIOType);
        d.SetItem("_IOBase", IOBase); d.SetItem("_RawIOBase", RawIOBase);
        d.SetItem("_BufferedIOBase", BufferedIOBase); d.SetItem("_TextIOBase", TextIOBase);
        d.SetItem("IOBase", IOBase); d.SetItem("RawIOBase", RawIOBase);
        d.SetItem("BufferedIOBase", BufferedIOBase); d.SetItem("TextIOBase", TextIOBase);
        d.SetItem("UnsupportedOperation", UnsupportedOperation);
        d.SetItem("open", rt.Builtins.Dict!.GetItem("open")!);
        d.SetItem("DEFAULT_BUFFER_SIZE", PyInt.From(DefaultBufferSize));
        d.SetItem("SEEK_SET", PyInt.From(0)); d.SetItem("SEEK_CUR", PyInt.From(1)); d.SetItem("SEEK_END", PyInt.From(2));
        // CPython 3.11 _io.open_code(path): the file opened 'rb' (no open-code hook is installed).
        d.DefFunction("open_code", (a, k) =>
        {
            var p = ArgParser.Parse("open_code", a, k, ["path"], [], 1);
            if (p[0] is not PyStr) throw new PythonException(PyExc.TypeError($"open_code() argument 'path' must be str, not {p[0]!.Type.Name}"));
            return Open([p[0]!, new PyStr("rb")], null);
        }, name);
        d.DefFunction("text_encoding", (a, k) =>
        {
            var p = ArgParser.Parse("text_encoding", a, k, ["encoding", "stacklevel"], [], 1, posOnlyCount: 2);
            if (p[0] is not PyNone) return p[0]!;
            DefaultEncodingWarning.WarnForTextEncoding(p[1] ?? PyInt.From(2));
            return new PyStr(DefaultEncodingWarning.DefaultName);
        }, name);
        return m;
    }
}
