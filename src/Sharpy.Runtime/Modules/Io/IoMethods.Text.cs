using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

public static partial class IoModule
{
    private static PyTextIO TIO(PyObject o) => (PyTextIO)o;
    private static PyStringIO SIO(PyObject o) => (PyStringIO)o;

    private static string? OptStr(PyObject? o, string what)
    {
        if (o is null or PyNone) return null;
        if (o is PyStr s) return s.Value;
        throw new PythonException(PyExc.TypeError($"{what} must be str or None, not {o.Type.Name}"));
    }

    private static PyStr WriteArg(PyObject s)
    {
        if (s is PyStr ps) return ps;
        throw new PythonException(PyExc.TypeError($"write() argument must be str, not {s.Type.Name}"));
    }

    // CPython 3.11: Modules/_io/textio.c
    private static void DefineTextIOWrapper()
    {
        var t = TextIOWrapper;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var p = ArgParser.Parse("TextIOWrapper", args[1..], kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], [], 1);
            string? enc = OptStr(p[1], "TextIOWrapper() argument 'encoding'");
            DefaultEncodingWarning.WarnIfUnspecified(enc);
            if (enc == "locale") enc = "UTF-8";
            var wrapper = new PyTextIO((PyType)args[0], p[0]!, enc ?? "UTF-8", OptStr(p[2], "TextIOWrapper() argument 'errors'"),
                p[3] is null or PyNone ? null : OptStr(p[3], "TextIOWrapper() argument 'newline'"),
                p[4] != null && Ops.IsTrue(p[4]!), p[5] != null && Ops.IsTrue(p[5]!));
            // A wrapper over e.g. sys.stdout.buffer must reach its buffer at exit even if never flushed.
            if (p[0] is PyBuffered { CanWrite: true }) OpenFiles.Register(wrapper);
            return wrapper;
        })));
        t.DefRaw("__init__", (args, kw) => None);
        t.Def("write", (a, s) => { var ps = WriteArg(s); TIO(a).Write(ps.Value); return PyInt.From(ps.Length); });
        t.DefRange("read", 0, 1, (a, args) => new PyStr(TIO(a).Read(IoErrors.Size(args))));
        t.DefRange("readline", 0, 1, (a, args) => new PyStr(TIO(a).ReadLine(IoErrors.Size(args))));
        t.Def("__next__", a =>
        {
            var line = TIO(a).Next();
            if (line.Length == 0) throw new PythonException(PyExc.StopIteration());
            return new PyStr(line);
        });
        t.DefRange("seek", 1, 2, (a, args) => PyInt.From(TIO(a).Seek(SeekPos(args[0]), Whence(args))));
        t.Def("tell", a => PyInt.From(TIO(a).Tell()));
        t.DefRange("truncate", 0, 1, (a, args) => PyInt.From(TIO(a).Truncate(OptPos(args))));
        t.Def("flush", a => { TIO(a).Flush(); return None; });
        t.Def("close", a => { TIO(a).Close(); return None; });
        t.Def("detach", a => TIO(a).Detach());
        t.Def("fileno", a => Ops.CallMethod(BufOf(a), "fileno"));
        t.Def("isatty", a => Ops.CallMethod(BufOf(a), "isatty"));
        t.Def("readable", a => Ops.CallMethod(BufOf(a), "readable"));
        t.Def("writable", a => Ops.CallMethod(BufOf(a), "writable"));
        t.Def("seekable", a => Ops.CallMethod(BufOf(a), "seekable"));
        t.DefRaw("reconfigure", (args, kw) =>
        {
            var p = ArgParser.Parse("reconfigure", args[1..], kw, [], ["encoding", "errors", "newline", "line_buffering", "write_through"], 0);
            bool newlineGiven = kw != null && kw.Contains("newline");
            TIO(args[0]).Reconfigure(OptStr(p[0], "reconfigure() argument 'encoding'"), OptStr(p[1], "reconfigure() argument 'errors'"),
                newlineGiven, OptStr(p[2], "reconfigure() argument 'newline'"),
                p[3] is null or PyNone ? null : Ops.IsTrue(p[3]!), p[4] is null or PyNone ? null : Ops.IsTrue(p[4]!));
            return None;
        });
        t.Prop("buffer", a => BufOf(a));
        t.Prop("closed", a => Py.Bool(TIO(a).IsClosed));
        t.Prop("name", a => Ops.GetAttr(BufOf(a), "name"));
        t.Prop("mode", a => TIO(a).Mode is { } m ? new PyStr(m) : throw new PythonException(PyExc.AttributeError("'_io.TextIOWrapper' object has no attribute 'mode'")),
            (a, v) => TIO(a).Mode = v is PyStr s ? s.Value : null);
        t.Prop("encoding", a => new PyStr(TIO(a).EncodingName));
        t.Prop("errors", a => new PyStr(TIO(a).Errors));
        t.Prop("newlines", a => TIO(a).Newlines);
        t.Prop("line_buffering", a => Py.Bool(TIO(a).LineBuffering));
        t.Prop("write_through", a => Py.Bool(TIO(a).WriteThrough));
        t.Def("__repr__", a => new PyStr(TIO(a).Repr()));
    }

    private static PyObject BufOf(PyObject a) => TIO(a).BufferObj ?? throw IoErrors.Detached();

    // CPython 3.11: Modules/_io/stringio.c
    private static void DefineStringIO()
    {
        var t = StringIOType;
        t.DefRaw("__init__", (args, kw) =>
        {
            var p = ArgParser.Parse("StringIO", args[1..], kw, ["initial_value", "newline"], [], 0);
            if (p[0] is not (null or PyNone or PyStr))
                throw new PythonException(PyExc.TypeError($"initial_value must be str or None, not {p[0]!.Type.Name}"));
            string? newline = p.Length > 1 && p[1] != null ? OptStr(p[1], "newline") : "\n";
            SIO(args[0]).Init(p[0] is PyStr s ? s.Value : null, newline);
            return None;
        });
        t.Def("getvalue", a => new PyStr(SIO(a).GetValue()));
        t.Def("write", (a, s) => s is PyStr ps ? PyInt.From(SIO(a).Write(ps.Value))
            : throw new PythonException(PyExc.TypeError($"string argument expected, got '{s.Type.Name}'")));
        t.DefRange("read", 0, 1, (a, args) => new PyStr(SIO(a).Read(IoErrors.Size(args))));
        t.DefRange("readline", 0, 1, (a, args) => new PyStr(SIO(a).ReadLine(IoErrors.Size(args))));
        t.Def("__next__", a =>
        {
            var line = SIO(a).ReadLine(-1);
            if (line.Length == 0) throw new PythonException(PyExc.StopIteration());
            return new PyStr(line);
        });
        t.DefRange("seek", 1, 2, (a, args) => PyInt.From(SIO(a).Seek(SeekPos(args[0]), Whence(args))));
        t.Def("tell", a => PyInt.From(SIO(a).Tell()));
        t.DefRange("truncate", 0, 1, (a, args) => PyInt.From(SIO(a).Truncate(OptPos(args))));
        t.Def("flush", a => { SIO(a).Flush(); return None; });
        t.Def("close", a => { SIO(a).Close(); return None; });
        t.Def("readable", a => { if (SIO(a).IsClosed) throw IoErrors.Closed(IoErrors.ClosedFileNoDot); return Py.True; });
        t.Def("writable", a => { if (SIO(a).IsClosed) throw IoErrors.Closed(IoErrors.ClosedFileNoDot); return Py.True; });
        t.Def("seekable", a => { if (SIO(a).IsClosed) throw IoErrors.Closed(IoErrors.ClosedFileNoDot); return Py.True; });
        t.Prop("closed", a => Py.Bool(SIO(a).IsClosed));
        t.Prop("newlines", a => SIO(a).Newlines);
        t.Prop("line_buffering", a => Py.False);
    }
}
