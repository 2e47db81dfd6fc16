using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

public static partial class IoModule
{
    private static PyFileIO FIO(PyObject o) => (PyFileIO)o;
    private static PyBuffered BUF(PyObject o) => (PyBuffered)o;
    private static PyBytesIO BIO(PyObject o) => (PyBytesIO)o;

    private static int Whence(ReadOnlySpan<PyObject> args) => args.Length > 1 ? (int)Ops.ToLong(Ops.Index(args[1])) : 0;

    private static long SeekPos(PyObject o)
    {
        if (o is PyFloat) throw new PythonException(PyExc.TypeError("'float' object cannot be interpreted as an integer"));
        return Ops.ToLong(Ops.Index(o));
    }

    private static long? OptPos(ReadOnlySpan<PyObject> args) => args.Length == 0 || args[0] is PyNone ? null : SeekPos(args[0]);

    // CPython 3.11: Modules/_io/fileio.c
    private static void DefineFileIO()
    {
        var t = FileIOType;
        t.DefRaw("__init__", (args, kw) =>
        {
            var p = ArgParser.Parse("FileIO", args[1..], kw, ["file", "mode", "closefd", "opener"], [], 1);
            var f = FIO(args[0]);
            var made = OpenRaw(f.Type, p[0]!, p[1] is PyStr m ? m.Value : "r", p[2] == null || Ops.IsTrue(p[2]!), p[3] is null or PyNone ? null : p[3]);
            f.AdoptFrom(made);
            f.OwnForFinalization();
            return None;
        });
        t.DefRange("read", 0, 1, (a, args) => new PyBytes(FIO(a).Read(IoErrors.Size(args))));
        t.Def("readall", a => new PyBytes(FIO(a).ReadAll()));
        t.Def("readinto", (a, b) =>
        {
            if (b is not PyByteArray ba) throw new PythonException(PyExc.TypeError($"readinto() argument must be read-write bytes-like object, not {b.Type.Name}"));
            var f = FIO(a);
            f.CheckReadable();
            var buf = new byte[ba.Value.Count];
            int n = f.ReadInto(buf, 0, buf.Length);
            for (int i = 0; i < n; i++) ba.Value[i] = buf[i];
            return PyInt.From(n);
        });
        t.Def("write", (a, b) => { var d = IoErrors.BytesLike(b); return PyInt.From(FIO(a).Write(d, 0, d.Length)); });
        t.DefRange("seek", 1, 2, (a, args) => PyInt.From(FIO(a).Seek(SeekPos(args[0]), Whence(args))));
        t.Def("tell", a => PyInt.From(FIO(a).Tell()));
        t.DefRange("truncate", 0, 1, (a, args) => PyInt.From(FIO(a).Truncate(OptPos(args))));
        t.Def("close", a => { FIO(a).Close(); return None; });
        t.Def("flush", a => { FIO(a).Flush(); return None; });
        t.Def("fileno", a => { FIO(a).CheckOpen(); return PyInt.From(FIO(a).Fd); });
        t.Def("isatty", a => Py.Bool(FIO(a).IsATty()));
        t.Def("readable", a => { FIO(a).CheckOpen(); return Py.Bool(FIO(a).Readable); });
        t.Def("writable", a => { FIO(a).CheckOpen(); return Py.Bool(FIO(a).Writable); });
        t.Def("seekable", a => Py.Bool(FIO(a).IsSeekable));
        t.Prop("closed", a => Py.Bool(FIO(a).IsClosed));
        t.Prop("closefd", a => Py.Bool(FIO(a).CloseFd));
        t.Prop("mode", a => new PyStr(FIO(a).Mode));
        t.Prop("name", a => FIO(a).NameObj, (a, v) => FIO(a).NameObj = v ?? PyNone.Instance);
        t.Def("__repr__", a =>
        {
            var f = FIO(a);
            if (f.IsClosed) return new PyStr("<_io.FileIO [closed]>");
            return new PyStr($"<_io.FileIO name={Ops.ReprString(f.NameObj)} mode='{f.Mode}' closefd={(f.CloseFd ? "True" : "False")}>");
        });
    }

    // CPython 3.11: Modules/_io/bufferedio.c
    private static void DefineBuffered()
    {
        foreach (var t in new[] { BufferedReader, BufferedWriter, BufferedRandom })
        {
            bool r = t != BufferedWriter, w = t != BufferedReader;
            PyType type = t;
            t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            {
                var p = ArgParser.Parse(type.Name, args[1..], kw, ["raw", "buffer_size"], [], 1);
                long size = p[1] is null or PyNone ? DefaultBufferSize : Ops.ToLong(Ops.Index(p[1]!));
                if (size <= 0) throw new PythonException(PyExc.ValueError("buffer size must be strictly positive"));
                var raw = p[0]!;
                if (r && !Ops.IsTrue(Ops.CallMethod(raw, "readable"))) throw IoErrors.Unsupported("File or stream is not readable.");
                if (w && !Ops.IsTrue(Ops.CallMethod(raw, "writable"))) throw IoErrors.Unsupported("File or stream is not writable.");
                return new PyBuffered((PyType)args[0], raw, (int)size, r, w);
            })));
            t.DefRaw("__init__", (args, kw) => None);
            if (r)
            {
                t.DefRange("read", 0, 1, (a, args) => new PyBytes(BUF(a).Read(IoErrors.Size(args))));
                t.DefRange("read1", 0, 1, (a, args) => new PyBytes(BUF(a).Read1(IoErrors.Size(args))));
                t.DefRange("peek", 0, 1, (a, args) => new PyBytes(BUF(a).Peek(IoErrors.Size(args))));
                t.DefRange("readline", 0, 1, (a, args) => new PyBytes(BUF(a).ReadLine(IoErrors.Size(args))));
                t.Def("readinto", (a, b) => b is PyByteArray ba ? PyInt.From(BUF(a).ReadInto(ba, false)) : ReadIntoGeneric(a, b, "read"));
                t.Def("readinto1", (a, b) => b is PyByteArray ba ? PyInt.From(BUF(a).ReadInto(ba, true)) : ReadIntoGeneric(a, b, "read1"));
                t.Def("__next__", a =>
                {
                    var line = BUF(a).ReadLine(-1);
                    if (line.Length == 0) throw new PythonException(PyExc.StopIteration());
                    return new PyBytes(line);
                });
            }
            if (w) t.Def("write", (a, b) => PyInt.From(BUF(a).Write(IoErrors.BytesLike(b))));
            t.DefRange("seek", 1, 2, (a, args) => PyInt.From(BUF(a).Seek(SeekPos(args[0]), Whence(args))));
            t.Def("tell", a => PyInt.From(BUF(a).Tell()));
            t.DefRange("truncate", 0, 1, (a, args) => PyInt.From(BUF(a).Truncate(OptPos(args))));
            t.Def("flush", a => { BUF(a).Flush(); return None; });
            t.Def("close", a => { BUF(a).Close(); return None; });
            t.Def("detach", a => BUF(a).Detach());
            t.Def("fileno", a => Ops.CallMethod(RawOf(a), "fileno"));
            t.Def("isatty", a => Ops.CallMethod(RawOf(a), "isatty"));
            t.Def("readable", a => Py.Bool(BUF(a).IsReadable));
            t.Def("writable", a => Py.Bool(BUF(a).IsWritable));
            t.Def("seekable", a => Py.Bool(BUF(a).IsSeekable));
            t.Prop("raw", a => BUF(a).RawObj ?? None);
            t.Prop("closed", a => Py.Bool(BUF(a).IsClosed));
            t.Prop("name", a => Ops.GetAttr(RawOf(a), "name"));
            t.Prop("mode", a => Ops.GetAttr(RawOf(a), "mode"));
            t.Def("__repr__", a => new PyStr(BUF(a).Repr()));
        }
    }

    private static PyObject RawOf(PyObject a) => BUF(a).RawObj ?? throw IoErrors.RawDetached();

    // CPython 3.11: Modules/_io/bytesio.c
    private static void DefineBytesIO()
    {
        var t = BytesIOType;
        t.DefRaw("__init__", (args, kw) =>
        {
            var p = ArgParser.Parse("BytesIO", args[1..], kw, ["initial_bytes"], [], 0);
            BIO(args[0]).Reset(p[0] is null or PyNone ? [] : IoErrors.BytesLike(p[0]!));
            return None;
        });
        t.Def("getvalue", a => new PyBytes(BIO(a).GetValue()));
        // A memoryview of a snapshot: CPython's view writes through to the buffer, this one does not,
        // but it has the memoryview interface (nbytes, tobytes, slicing, len).
        t.Def("getbuffer", a => PyMemoryView.Over(MemoryViewMethods.Type, new PyByteArray(BIO(a).GetValue()))!);
        t.DefRange("read", 0, 1, (a, args) => new PyBytes(BIO(a).Read(IoErrors.Size(args))));
        t.DefRange("read1", 0, 1, (a, args) => new PyBytes(BIO(a).Read(IoErrors.Size(args))));
        t.DefRange("readline", 0, 1, (a, args) => new PyBytes(BIO(a).ReadLine(IoErrors.Size(args))));
        t.Def("readinto", (a, b) => ReadIntoGeneric(a, b, "read"));
        t.Def("write", (a, b) => PyInt.From(BIO(a).Write(IoErrors.BytesLike(b))));
        t.DefRange("seek", 1, 2, (a, args) => PyInt.From(BIO(a).Seek(SeekPos(args[0]), Whence(args))));
        t.Def("tell", a => PyInt.From(BIO(a).Tell()));
        t.DefRange("truncate", 0, 1, (a, args) => PyInt.From(BIO(a).Truncate(OptPos(args))));
        t.Def("flush", a => { BIO(a).Flush(); return None; });
        t.Def("close", a => { BIO(a).Close(); return None; });
        t.Def("readable", a => Py.Bool(BIO(a).IsReadable));
        t.Def("writable", a => Py.Bool(BIO(a).IsWritable));
        t.Def("seekable", a => Py.Bool(BIO(a).IsSeekable));
        t.Def("__next__", a =>
        {
            var line = BIO(a).ReadLine(-1);
            if (line.Length == 0) throw new PythonException(PyExc.StopIteration());
            return new PyBytes(line);
        });
        t.Prop("closed", a => Py.Bool(BIO(a).IsClosed));
        t.Def("__iter__", a => a);
    }
}
