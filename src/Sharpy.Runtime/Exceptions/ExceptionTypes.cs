using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>Methods of BaseException and the subclasses with special behaviour.</summary>
internal static class ExceptionTypes
{
    private static PyBaseException E(PyObject o) => o as PyBaseException ?? throw new PythonException(PyExc.TypeError($"descriptor requires a 'BaseException' object but received '{o.Type.Name}'"));

    public static void Init()
    {
        var t = PyExc.BaseException;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            // CPython's tp_new wrapper checks the class argument before the exception's own __new__ runs.
            if (args.Length - nkw == 0) throw new PythonException(PyExc.TypeError("BaseException.__new__(): not enough arguments"));
            if (args[0] is not PyType cls)
                throw new PythonException(PyExc.TypeError($"BaseException.__new__(X): X is not a type object ({args[0].Type.Name})"));
            if (!cls.IsSubtypeOf(PyExc.BaseException))
                throw new PythonException(PyExc.TypeError($"BaseException.__new__({cls.Name}): {cls.Name} is not a subtype of BaseException"));
            if (ReferenceEquals(cls, PyExc.OSErrorType)) cls = OSErrorSubclassFor(args[1..(args.Length - nkw)]);
            var e = new PyBaseException(cls) { Args = PyTuple.Create(args[1..(args.Length - nkw)].ToArray()) };
            PyExc.InitFields(e, args[1..(args.Length - nkw)]);
            return e;
        })));
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            int nkw = kw?.Length ?? 0;
            var pos = args[1..(args.Length - nkw)];
            if (nkw > 0)
            {
                if (e.IsInstance(PyExc.ImportError))
                {
                    for (int i = 0; i < nkw; i++)
                    {
                        if (kw![i] is not ("name" or "path")) throw new PythonException(PyExc.TypeError($"'{kw[i]}' is an invalid keyword argument for {e.Type.Name}()"));
                        e.SetField(kw[i], args[args.Length - nkw + i]);
                    }
                }
                else if (e.IsInstance(PyExc.AttributeErrorType) || e.IsInstance(PyExc.NameErrorType))
                {
                    for (int i = 0; i < nkw; i++) e.SetField(kw![i], args[args.Length - nkw + i]);
                }
                else
                    throw new PythonException(PyExc.TypeError($"{e.Type.Name}() takes no keyword arguments"));
            }
            if (!e.IsInstance(PyExc.BaseExceptionGroup))
            {
                e.Args = PyTuple.Create(pos.ToArray());
                PyExc.InitFields(e, pos);
            }
            return PyNone.Instance;
        });
        t.Def("__str__", a => new PyStr(Str(E(a))));
        t.Def("__repr__", a =>
        {
            var e = E(a);
            string name = e.Type.Name;
            var items = e.Args.Items;
            if (items.Length == 1) return new PyStr($"{name}({Ops.ReprString(items[0])})");
            return new PyStr(name + (items.Length == 0 ? "()" : Ops.ReprString(e.Args)));
        });
        // A null value is a deletion, which CPython's BaseException getsets refuse.
        static PyObject NotDeleted(PyObject? v, string what) =>
            v ?? throw new PythonException(PyExc.TypeError($"{what} may not be deleted"));
        t.Prop("args", a => E(a).Args, (a, v) => E(a).Args = PyTuple.Create(Ops.ToArray(NotDeleted(v, "args"))));
        t.Prop("__traceback__", a => (PyObject?)E(a).Traceback ?? PyNone.Instance, (a, v) =>
        {
            NotDeleted(v, "__traceback__");
            if (v is not PyNone && v is not PyTraceback) throw new PythonException(PyExc.TypeError("__traceback__ must be a traceback or None"));
            E(a).Traceback = v as PyTraceback;
        });
        t.Prop("__cause__", a => (PyObject?)E(a).Cause ?? PyNone.Instance, (a, v) =>
        {
            NotDeleted(v, "__cause__");
            if (v is not PyNone && v is not PyBaseException) throw new PythonException(PyExc.TypeError("exception cause must be None or derive from BaseException"));
            E(a).Cause = v as PyBaseException;
            E(a).SuppressContext = true;
        });
        t.Prop("__context__", a => (PyObject?)E(a).Context ?? PyNone.Instance, (a, v) =>
        {
            NotDeleted(v, "__context__");
            if (v is not PyNone && v is not PyBaseException) throw new PythonException(PyExc.TypeError("exception context must be None or derive from BaseException"));
            E(a).Context = v as PyBaseException;
        });
        t.Prop("__suppress_context__", a => Py.Bool(E(a).SuppressContext), (a, v) =>
            E(a).SuppressContext = v switch
            {
                // A T_BOOL member in CPython: only True/False, never deleted.
                null => throw new PythonException(PyExc.TypeError("can't delete numeric/char attribute")),
                PyInt b when ReferenceEquals(b.Type, PyTypes.Bool) => !b.IsZero,
                _ => throw new PythonException(PyExc.TypeError("attribute value type must be bool")),
            });
        t.Prop("__dict__", a => a.Dict!, (a, v) => a.Dict = v switch
        {
            null => throw new PythonException(PyExc.TypeError("cannot delete __dict__")),
            PyDict d => d,
            _ => throw new PythonException(PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{v.Type.Name}'")),
        });
        t.Def("with_traceback", (a, tb) =>
        {
            E(a).Traceback = tb as PyTraceback;
            return a;
        });
        t.Def("add_note", (a, note) =>
        {
            if (note is not PyStr) throw new PythonException(PyExc.TypeError($"note must be a str, not '{note.Type.Name}'"));
            var e = E(a);
            var notes = e.GetField("__notes__");
            if (notes == null) { notes = new PyList(); e.SetField("__notes__", notes); }
            if (notes is not PyList nl) throw new PythonException(PyExc.TypeError("Cannot add note: __notes__ is not a list"));
            nl.Append(note);
            return PyNone.Instance;
        });
        t.Def("__reduce__", a => PyTuple.Of(a.Type, E(a).Args));

        // BaseExceptionGroup
        var g = PyExc.BaseExceptionGroup;
        g.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            ExceptionGroups.New((PyType)args[0], args[1..]))));
        g.DefRaw("__init__", (args, kw) => PyNone.Instance);
        g.Def("__str__", a =>
        {
            var e = E(a);
            int n = ((PyTuple)e.GetField("exceptions")!).Items.Length;
            return new PyStr($"{Ops.StrString(e.GetField("message")!)} ({n} sub-exception{(n > 1 ? "s" : "")})");
        });
        g.Prop("message", a => E(a).GetField("message") ?? PyStr.Empty);
        g.Prop("exceptions", a => E(a).GetField("exceptions") ?? PyTuple.Empty);
        g.Def("derive", (a, excs) => ExceptionGroups.New(PyExc.BaseExceptionGroup, [E(a).GetField("message")!, excs]));
        g.Def("split", (a, cond) =>
        {
            ExceptionGroups.CheckCondition(cond);
            var (m, r) = ExceptionGroups.Split(E(a), cond);
            return PyTuple.Of((PyObject?)m ?? PyNone.Instance, (PyObject?)r ?? PyNone.Instance);
        });
        g.Def("subgroup", (a, cond) =>
        {
            ExceptionGroups.CheckCondition(cond);
            var (m, _) = ExceptionGroups.Split(E(a), cond, false);
            return (PyObject?)m ?? PyNone.Instance;
        });
        g.DefClassGetItem();

        PyExc.KeyErrorType.Def("__str__", a =>
        {
            var e = E(a);
            if (e.Args.Items.Length == 1) return Ops.Repr(e.Args.Items[0]);
            return new PyStr(Str(e));
        });
        PyExc.StopIterationType.Prop("value", a => E(a).GetField("value") ?? PyNone.Instance, (a, v) => E(a).SetField("value", v ?? PyNone.Instance));
        PyExc.SystemExit.Prop("code", a => E(a).GetField("code") ?? PyNone.Instance, (a, v) => E(a).SetField("code", v ?? PyNone.Instance));
        PyExc.ImportError.Def("__str__", a =>
        {
            var e = E(a);
            var msg = e.GetField("msg");
            if (msg != null && msg is not PyNone) return Ops.Str(msg);
            return new PyStr(Str(e));
        });
        PyExc.SyntaxError.Def("__str__", a =>
        {
            var e = E(a);
            var msg = e.GetField("msg") ?? PyNone.Instance;
            string m = msg is PyNone ? Str(e) : Ops.StrString(msg);
            var fn = e.GetField("filename");
            var ln = e.GetField("lineno");
            string? file = fn is PyStr fs ? Path.GetFileName(fs.Value) : null;
            bool haveLine = ln is PyInt;
            if (file != null && haveLine) return new PyStr($"{m} ({file}, line {((PyInt)ln!).Value})");
            if (file != null) return new PyStr($"{m} ({file})");
            if (haveLine) return new PyStr($"{m} (line {((PyInt)ln!).Value})");
            return new PyStr(m);
        });
        PyExc.OSErrorType.Def("__str__", a =>
        {
            var e = E(a);
            var errno = e.GetField("errno"); var strerror = e.GetField("strerror");
            var fn = e.GetField("filename"); var fn2 = e.GetField("filename2");
            if (fn != null && fn is not PyNone)
            {
                if (fn2 != null && fn2 is not PyNone)
                    return new PyStr($"[Errno {Ops.StrString(errno!)}] {Ops.StrString(strerror!)}: {Ops.ReprString(fn)} -> {Ops.ReprString(fn2)}");
                return new PyStr($"[Errno {Ops.StrString(errno!)}] {Ops.StrString(strerror!)}: {Ops.ReprString(fn)}");
            }
            if (errno != null && errno is not PyNone && strerror != null && strerror is not PyNone)
                return new PyStr($"[Errno {Ops.StrString(errno)}] {Ops.StrString(strerror)}");
            return new PyStr(Str(e));
        });
        PyExc.UnicodeEncodeError.Def("__str__", a => UnicodeStr(E(a), true));
        PyExc.UnicodeDecodeError.Def("__str__", a => UnicodeStr(E(a), false));
        PyExc.AttributeErrorType.Prop("name", a => E(a).GetField("name") ?? PyNone.Instance, (a, v) => E(a).SetField("name", v ?? PyNone.Instance));
        PyExc.AttributeErrorType.Prop("obj", a => E(a).GetField("obj") ?? PyNone.Instance, (a, v) => E(a).SetField("obj", v ?? PyNone.Instance));
    }

    private static PyObject UnicodeStr(PyBaseException e, bool encode)
    {
        var enc = e.GetField("encoding"); var obj = e.GetField("object");
        var start = e.GetField("start") as PyInt; var end = e.GetField("end") as PyInt; var reason = e.GetField("reason");
        if (enc == null || obj == null || start == null || end == null || reason == null) return new PyStr(Str(e));
        long s = start.Value;
        if (encode && obj is PyStr os)
        {
            if (end.Value == s + 1)
            {
                int cp = os.CodePointAt((int)s);
                string ch = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
                return new PyStr($"'{Ops.StrString(enc)}' codec can't encode character '{ch}' in position {s}: {Ops.StrString(reason)}");
            }
            return new PyStr($"'{Ops.StrString(enc)}' codec can't encode characters in position {s}-{end.Value - 1}: {Ops.StrString(reason)}");
        }
        if (!encode && obj is PyBytes ob)
        {
            if (end.Value == s + 1)
                return new PyStr($"'{Ops.StrString(enc)}' codec can't decode byte 0x{ob.Value[s]:x2} in position {s}: {Ops.StrString(reason)}");
            return new PyStr($"'{Ops.StrString(enc)}' codec can't decode bytes in position {s}-{end.Value - 1}: {Ops.StrString(reason)}");
        }
        return new PyStr(Str(e));
    }

    // CPython 3.11: exceptions.c OSError_new — OSError(errno, strerror[, ...]) builds the subclass its
    // errno maps to (errno values of Linux, as CPython's errnomap on this platform).
    private static PyType OSErrorSubclassFor(ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 2 || args.Length > 5 || args[0] is not PyInt code || code.IsBig) return PyExc.OSErrorType;
        string? name = code.Value switch
        {
            11 or 114 or 115 => "BlockingIOError",
            10 => "ChildProcessError",
            32 or 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            111 => "ConnectionRefusedError",
            104 => "ConnectionResetError",
            17 => "FileExistsError",
            2 => "FileNotFoundError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            4 => "InterruptedError",
            1 or 13 => "PermissionError",
            3 => "ProcessLookupError",
            110 => "TimeoutError",
            _ => null,
        };
        return name != null && PyExc.ByName.TryGetValue(name, out var t) ? t : PyExc.OSErrorType;
    }

    public static string Str(PyBaseException e)
    {
        var items = e.Args.Items;
        if (items.Length == 0) return "";
        if (items.Length == 1) return Ops.StrString(items[0]);
        return Ops.StrString(e.Args);
    }
}
