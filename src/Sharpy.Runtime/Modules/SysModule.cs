using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>The <c>sys</c> module.</summary>
public static partial class SysModule
{
    private static PyObject Str(string s) => new PyStr(s);
    private static PyObject Int(long v) => PyInt.From(v);

    /// <summary>A named-tuple-like structseq (sys.flags, sys.version_info, ...).</summary>
    public static PyType StructSeq(string name, string[] fields, string module = "sys")
    {
        var t = PyTypes.NewBuiltin(name, PyTypes.Tuple, module);
        t.Def("__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            return new PyStr($"{module}.{name}(" + string.Join(", ", fields.Select((f, i) => $"{f}={Ops.ReprString(items[i])}")) + ")");
        });
        for (int i = 0; i < fields.Length; i++)
        {
            int idx = i;
            t.Prop(fields[i], a => ((PyTuple)a).Items[idx]);
        }
        t.Dict.SetItem("n_fields", PyInt.From(fields.Length));
        t.Dict.SetItem("_fields", PyTuple.Create(fields.Select(f => (PyObject)new PyStr(f)).ToArray()));
        return t;
    }

    public static PyModule Create(PythonRuntime rt)
    {
        var o = rt.Options;
        var m = new PyModule("sys");
        var d = m.Dict!;
        d.SetItem("argv", new PyList(o.Argv.Select(Str).ToArray()));
        d.SetItem("orig_argv", new PyList((o.OrigArgv.Count > 0 ? o.OrigArgv : o.Argv).Select(Str).ToArray()));
        d.SetItem("version", Str("3.11.7 (sharpy) [.NET " + Environment.Version + "]"));
        var vi = StructSeq("version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
        d.SetItem("version_info", new PyTuple(vi, [Int(3), Int(11), Int(7), Str("final"), Int(0)]));
        d.SetItem("hexversion", Int(0x030B07F0));
        d.SetItem("api_version", Int(1013));
        var impl = new PyInstance(PyTypes.Object);
        var simpleNs = PyTypes.NewBuiltin("SimpleNamespace", PyTypes.Object, "types");
        simpleNs.HasInstanceDict = true;
        simpleNs.Def("__repr__", a => new PyStr("namespace(" + string.Join(", ", a.Dict!.Items().Select(kv => $"{Ops.StrString(kv.Key)}={Ops.ReprString(kv.Value)}")) + ")"));
        var implObj = new PyInstance(simpleNs) { Dict = new PyDict() };
        implObj.Dict.SetItem("name", Str("sharpy"));
        implObj.Dict.SetItem("cache_tag", Str("sharpy-311"));
        implObj.Dict.SetItem("version", new PyTuple(vi, [Int(3), Int(11), Int(7), Str("final"), Int(0)]));
        implObj.Dict.SetItem("hexversion", Int(0x030B07F0));
        implObj.Dict.SetItem("_multiarch", Str("x86_64-linux-gnu"));
        _ = impl;
        d.SetItem("implementation", implObj);
        d.SetItem("maxsize", Int(long.MaxValue));
        d.SetItem("maxunicode", Int(0x10FFFF));
        d.SetItem("byteorder", Str(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetItem("platform", Str(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetItem("executable", Str(o.Executable));
        d.SetItem("_base_executable", Str(o.Executable));
        d.SetItem("prefix", Str(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("base_prefix", Str(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("exec_prefix", Str(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("base_exec_prefix", Str(AppContext.BaseDirectory.TrimEnd('/')));
        d.SetItem("platlibdir", Str("lib"));
        d.SetItem("abiflags", Str(""));
        d.SetItem("copyright", Str("Copyright (c) Sharpy authors. Python is Copyright (c) 2001-2023 Python Software Foundation."));
        var flagsT = StructSeq("flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
            "warn_default_encoding", "safe_path", "int_max_str_digits"]);
        d.SetItem("flags", new PyTuple(flagsT, [Int(o.Debug), Int(o.Inspect ? 1 : 0), Int(o.Interactive ? 1 : 0), Int(o.Optimize), Int(o.DontWriteBytecode ? 1 : 0),
            Int(o.NoUserSite ? 1 : 0), Int(o.NoSite ? 1 : 0), Int(o.IgnoreEnvironment ? 1 : 0), Int(o.Verbose), Int(o.BytesWarning),
            Int(o.Quiet ? 1 : 0), Int(o.HashRandomization ? 1 : 0), Int(o.Isolated ? 1 : 0), Py.Bool(o.DevMode || o.XOptions.ContainsKey("dev")),
            Int(o.Utf8Mode), Int(o.WarnDefaultEncoding ? 1 : 0), Py.Bool(o.SafePath), Int(o.IntMaxStrDigits)]));
        IntOps.MaxStrDigits = o.IntMaxStrDigits >= 0 ? o.IntMaxStrDigits : 4300;
        d.SetItem("dont_write_bytecode", Py.Bool(o.DontWriteBytecode));
        d.SetItem("pycache_prefix", o.PycachePrefix != null ? Str(o.PycachePrefix) : PyNone.Instance);
        d.SetItem("path", new PyList(o.SysPath.Select(Str).ToArray()));
        d.SetItem("meta_path", new PyList());
        d.SetItem("path_hooks", new PyList());
        d.SetItem("path_importer_cache", new PyDict());
        d.SetItem("modules", rt.Modules);
        d.SetItem("warnoptions", new PyList(o.WarnOptions.Select(Str).ToArray()));
        var xo = new PyDict();
        foreach (var kv in o.XOptions) xo.SetItem(new PyStr(kv.Key), kv.Value == null ? Py.True : new PyStr(kv.Value));
        d.SetItem("_xoptions", xo);
        d.SetItem("builtin_module_names", PyTuple.Create(rt.BuiltinModuleNames.Select(Str).ToArray()));
        d.SetItem("stdlib_module_names", new PySet(PyTypes.FrozenSet, true));
        var hashInfo = StructSeq("hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
        d.SetItem("hash_info", new PyTuple(hashInfo, [Int(64), Int((1L << 61) - 1), Int(314159), Int(0), Int(1000003), Str("siphash13"), Int(64), Int(128), Int(0)]));
        var floatInfo = StructSeq("float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
        d.SetItem("float_info", new PyTuple(floatInfo, [new PyFloat(double.MaxValue), Int(1024), Int(308), new PyFloat(2.2250738585072014e-308), Int(-1021), Int(-307),
            Int(15), Int(53), new PyFloat(double.Epsilon == 0 ? 0 : 2.220446049250313e-16), Int(2), Int(1)]));
        var intInfo = StructSeq("int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
        d.SetItem("int_info", new PyTuple(intInfo, [Int(30), Int(4), Int(4300), Int(640)]));
        d.SetItem("float_repr_style", Str("short"));

        string stdioErrors = StdioErrors(o);
        // A closed descriptor gives None (CPython's create_stdio with an invalid fd).
        PyObject stdout = o.ClosedStandardDescriptors.Contains(1) ? PyNone.Instance
            : StdStream(o.Stdout ?? Console.OpenStandardOutput(), 1, "<stdout>", true, o.Unbuffered, stdioErrors);
        PyObject stderr = o.ClosedStandardDescriptors.Contains(2) ? PyNone.Instance
            : StdStream(o.Stderr ?? Console.OpenStandardError(), 2, "<stderr>", true, true, "backslashreplace");
        PyObject stdin = o.ClosedStandardDescriptors.Contains(0) ? PyNone.Instance
            : StdStream(o.Stdin ?? Console.OpenStandardInput(), 0, "<stdin>", false, false, stdioErrors);
        d.SetItem("stdout", stdout); d.SetItem("__stdout__", stdout);
        d.SetItem("stderr", stderr); d.SetItem("__stderr__", stderr);
        d.SetItem("stdin", stdin); d.SetItem("__stdin__", stdin);

        d.DefFunction("exit", (a, k) =>
        {
            if (a.Length > 1) throw new PythonException(PyExc.TypeError($"exit expected at most 1 argument, got {a.Length}"));
            // CPython: PyErr_SetObject(SystemExit, status): None → no args, a tuple → its items.
            PyObject[] exitArgs = a.Length == 0 || a[0] is PyNone ? [] : a[0] is PyTuple et && et.Type.IsBuiltin ? et.Items : [a[0]];
            throw new PythonException(new PyBaseException(PyExc.SystemExit, exitArgs));
        }, "sys");
        d.DefFunction("getrecursionlimit", (a, k) => Int(PythonRuntime.Current.PyThreadState.RecursionLimit), "sys");
        d.DefFunction("setrecursionlimit", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"setrecursionlimit() takes exactly one argument ({a.Length} given)"));
            if (a[0] is PyFloat) throw new PythonException(PyExc.TypeError("'float' object cannot be interpreted as an integer"));
            long n = Ops.ToLong(a[0]);
            if (n < 1) throw new PythonException(PyExc.ValueError("recursion limit must be greater or equal than 1"));
            var ts = PythonRuntime.Current.PyThreadState;
            if (n <= ts.Depth)
                throw new PythonException(PyExc.RecursionError($"cannot set the recursion limit to {n} at the recursion depth {ts.Depth}: the limit is too low"));
            ts.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        }, "sys");
        d.DefFunction("exc_info", (a, k) =>
        {
            var cur = PythonRuntime.Current.PyThreadState.CurrentException;
            if (cur is PyBaseException e) return PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
            return PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance);
        }, "sys");
        d.DefFunction("exception", (a, k) => PythonRuntime.Current.PyThreadState.CurrentException, "sys");
        // Memory is managed by .NET's GC: there are no interpreter-owned blocks to count.
        d.DefFunction("getallocatedblocks", (a, k) => PyInt.From(0), "sys");
        d.DefFunction("call_tracing", (a, k) =>
        {
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"call_tracing expected 2 arguments, got {a.Length}"));
            if (a[1] is not PyTuple args)
                throw new PythonException(PyExc.TypeError($"call_tracing() argument 2 must be tuple, not {a[1].Type.Name}"));
            return Ops.Call(a[0], args.Items, null);
        }, "sys");
        d.DefFunction("intern", (a, k) =>
        {
            if (a.Length != 1 || a[0] is not PyStr s || !ReferenceEquals(s.Type, PyTypes.Str))
                throw new PythonException(PyExc.TypeError($"intern() argument must be str, not {(a.Length > 0 ? a[0].Type.Name : "nothing")}"));
            return PyStr.Intern(s.Value);
        }, "sys");
        d.DefFunction("getsizeof", (a, k) =>
        {
            var x = a[0];
            long size = x switch
            {
                PyInt i => i.IsBig ? 24 + 4 * ((long)i.AsBig.GetBitLength() / 30 + 1) : i.IsZero ? 24 : 28,
                PyFloat => 24,
                PyStr s => 49 + s.Value.Length * (s.Kind == 1 ? 1 : s.Kind == 2 ? 2 : 4),
                PyList l => 56 + 8 * l.Items.Length,
                PyTuple t => 40 + 8 * t.Items.Length,
                PyDict dd => 232 + 8 * dd.Count,
                PyBytes b => 33 + b.Value.Length,
                _ => 48,
            };
            return Int(size);
        }, "sys");
        d.DefFunction("getdefaultencoding", (a, k) => Str("utf-8"), "sys");
        d.DefFunction("getfilesystemencoding", (a, k) => Str("utf-8"), "sys");
        d.DefFunction("getfilesystemencodeerrors", (a, k) => Str("surrogateescape"), "sys");
        d.DefFunction("getrefcount", (a, k) => Int(2), "sys");
        Tracing.Install(d);
        d.DefFunction("_getframe", (a, k) =>
        {
            long depth = a.Length > 0 ? Ops.ToLong(a[0]) : 0;
            var f = PythonRuntime.Current.PyThreadState.TopFrame;
            for (long i = 0; i < depth && f != null; i++) f = f.Back;
            if (f == null) throw new PythonException(PyExc.ValueError("call stack is not deep enough"));
            Frame.MarkEscaped(f);
            return f;
        }, "sys");
        d.DefFunction("displayhook", (a, k) =>
        {
            var v = a[0];
            if (v is PyNone) return PyNone.Instance;
            var b = PythonRuntime.Current.Builtins.Dict!;
            b.SetItem("_", PyNone.Instance);
            var outp = PythonRuntime.Current.Sys.Dict!.GetItem("stdout")!;
            Ops.CallMethod(outp, "write", new PyStr(Ops.ReprString(v) + "\n"));
            b.SetItem("_", v);
            return PyNone.Instance;
        }, "sys");
        d.DefFunction("excepthook", (a, k) =>
        {
            if (a.Length == 3 && a[1] is PyBaseException e) Tracebacks.WriteStderr(PythonRuntime.Current, Tracebacks.Format(e));
            return PyNone.Instance;
        }, "sys");
        AddHooks(rt, d);
        d.SetItem("__displayhook__", d.GetItem("displayhook")!);
        d.SetItem("__excepthook__", d.GetItem("excepthook")!);
        d.DefFunction("audit", (a, k) => PyNone.Instance, "sys");
        d.DefFunction("addaudithook", (a, k) => PyNone.Instance, "sys");
        d.DefFunction("is_finalizing", (a, k) => Py.False, "sys");
        d.DefFunction("getswitchinterval", (a, k) => new PyFloat(0.005), "sys");
        d.DefFunction("setswitchinterval", (a, k) => PyNone.Instance, "sys");
        d.DefFunction("get_int_max_str_digits", (a, k) => Int(IntOps.MaxStrDigits), "sys");
        d.DefFunction("set_int_max_str_digits", (a, k) =>
        {
            var p = ArgParser.Parse("set_int_max_str_digits", a, k, ["maxdigits"], [], 1);
            long n = Ops.ToLong(p[0]!);
            if (n != 0 && n < 640) throw new PythonException(PyExc.ValueError("maxdigits must be 0 or larger than 640"));
            IntOps.MaxStrDigits = (int)Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        }, "sys");
        return m;
    }

    /// <summary>
    /// sys.stdin/stdout/stderr as CPython 3.11 makes them on POSIX (Python/pylifecycle.c create_stdio): UTF-8, newline
    /// "\n" (no translation: a "\r\n" read from stdin stays), stderr with backslashreplace.
    /// </summary>
    private static PyTextIO StdStream(Stream stream, int fd, string name, bool write, bool lineBuffering, string errors)
    {
        var raw = new PyFileIO(stream, fd, new PyStr(name), !write, write);
        var buf = new PyBuffered(write ? IoModule.BufferedWriter : IoModule.BufferedReader, raw, IoModule.DefaultBufferSize, !write, write);
        // -u / PYTHONUNBUFFERED: every write reaches the stream (line_buffering stays False, as in CPython).
        return new PyTextIO(IoModule.TextIOWrapper, buf, "utf-8", errors, "\n", fd == 2, false)
        { Mode = write ? "w" : "r", FlushEachWrite = fd == 1 && lineBuffering };
    }

    // CPython 3.11: Python/initconfig.c config_get_stdio_errors — PYTHONIOENCODING's ":errors" part; else strict when
    // PYTHONIOENCODING is set; else surrogateescape in the C/POSIX locale and its coercion targets (C.UTF-8), where
    // the judge-like environments run, and strict in other locales.
    private static string StdioErrors(RuntimeOptions o)
    {
        string? io = o.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONIOENCODING");
        if (!string.IsNullOrEmpty(io))
        {
            int colon = io.IndexOf(':');
            return colon >= 0 && colon + 1 < io.Length ? io[(colon + 1)..] : "strict";
        }
        string locale = Environment.GetEnvironmentVariable("LC_ALL") is { Length: > 0 } all ? all
            : Environment.GetEnvironmentVariable("LC_CTYPE") is { Length: > 0 } ctype ? ctype
            : Environment.GetEnvironmentVariable("LANG") ?? "";
        return locale is "" or "C" or "POSIX" or "C.UTF-8" or "C.utf8" or "C.utf-8" or "C.UTF8" ? "surrogateescape" : "strict";
    }

    public static void FlushStd(PythonRuntime rt)
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var f = rt.Sys.Dict!.GetItem(name);
            if (f is PyTextIO t) { t.FlushQuietly(); continue; }
            if (f == null || f is PyNone) continue;
            try { if (Ops.TryGetAttr(f, PyStr.Intern("flush"), out var fl)) Ops.Call(fl); }
            catch (PythonException) { }
        }
        foreach (var name in new[] { "__stdout__", "__stderr__" })
            if (rt.Sys.Dict!.GetItem(name) is PyTextIO t) t.FlushQuietly();
    }
}
