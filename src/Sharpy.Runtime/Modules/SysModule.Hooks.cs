using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>sys hooks and thread/async-generator state: breakpointhook, unraisablehook, asyncgen hooks, thread_info.</summary>
public static partial class SysModule
{
    /// <summary>sys.set_asyncgen_hooks's values, per thread as in CPython (null: not set).</summary>
    [ThreadStatic] private static PyObject? s_asyncGenFirstIter, s_asyncGenFinalizer;
    [ThreadStatic] private static int s_coroutineOriginTrackingDepth;

    private static PyType? s_unraisableArgsType;
    private static PyObject? s_defaultUnraisableHook;

    /// <summary>
    /// An async generator's first __anext__/asend/athrow/aclose: remember the finalizer and call firstiter.
    /// CPython 3.11: Objects/genobject.c async_gen_init_hooks.
    /// </summary>
    public static void InitAsyncGenHooks(PyGenerator gen)
    {
        if (gen.HooksInited) return;
        gen.HooksInited = true;
        gen.AsyncGenFinalizer = s_asyncGenFinalizer;
        // With a finalizer (asyncio's), an abandoned generator is handed to it when the collector finds it.
        if (s_asyncGenFinalizer is not null && !gen.FinalizerArmed)
        {
            gen.FinalizerArmed = true;
            Finalization.Track(gen);
        }
        if (s_asyncGenFirstIter is { } firstIter) Ops.Call(firstIter, gen);
    }

    private static void AddHooks(PythonRuntime rt, PyDict d)
    {
        var threadInfo = StructSeq("thread_info", ["name", "lock", "version"]);
        d.SetItem("thread_info", new PyTuple(threadInfo, [new PyStr("pthread"), new PyStr("semaphore"), GlibcVersion()]));

        var hooksType = StructSeq("asyncgen_hooks", ["firstiter", "finalizer"], module: "");
        hooksType.Def("__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            return new PyStr($"asyncgen_hooks(firstiter={Ops.ReprString(items[0])}, finalizer={Ops.ReprString(items[1])})");
        });
        d.DefFunction("get_asyncgen_hooks", (a, k) =>
        {
            ArgParser.Parse("get_asyncgen_hooks", a, k, [], [], 0);
            return new PyTuple(hooksType, [s_asyncGenFirstIter ?? PyNone.Instance, s_asyncGenFinalizer ?? PyNone.Instance]);
        }, "sys");
        d.DefFunction("set_asyncgen_hooks", (a, k) =>
        {
            // CPython 3.11: Python/sysmodule.c sys_set_asyncgen_hooks (finalizer is checked first).
            var p = ArgParser.Parse("set_asyncgen_hooks", a, k, ["firstiter", "finalizer"], [], 0);
            PyObject? firstIter = p[0], finalizer = p[1];
            if (finalizer is not null && finalizer is not PyNone && !Ops.IsCallable(finalizer))
                throw new PythonException(PyExc.TypeError($"callable finalizer expected, got {finalizer.Type.Name}"));
            if (firstIter is not null && firstIter is not PyNone && !Ops.IsCallable(firstIter))
                throw new PythonException(PyExc.TypeError($"callable firstiter expected, got {firstIter.Type.Name}"));
            if (finalizer is not null) s_asyncGenFinalizer = finalizer is PyNone ? null : finalizer;
            if (firstIter is not null) s_asyncGenFirstIter = firstIter is PyNone ? null : firstIter;
            return PyNone.Instance;
        }, "sys");
        d.DefFunction("get_coroutine_origin_tracking_depth", (a, k) =>
        {
            ArgParser.Parse("get_coroutine_origin_tracking_depth", a, k, [], [], 0);
            return PyInt.From(s_coroutineOriginTrackingDepth);
        }, "sys");
        d.DefFunction("set_coroutine_origin_tracking_depth", (a, k) =>
        {
            var p = ArgParser.Parse("set_coroutine_origin_tracking_depth", a, k, ["depth"], [], 1);
            int depth = Ops.ToInt(p[0]!);
            if (depth < 0) throw new PythonException(PyExc.ValueError("depth must be >= 0"));
            s_coroutineOriginTrackingDepth = depth;
            return PyNone.Instance;
        }, "sys");

        d.DefFunction("breakpointhook", (a, k) => BreakpointHook(rt, a, k), "sys");
        d.SetItem("__breakpointhook__", d.GetItem("breakpointhook")!);

        s_unraisableArgsType = StructSeq("UnraisableHookArgs", ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"], module: "");
        s_unraisableArgsType.Def("__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            string[] names = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"];
            return new PyStr("UnraisableHookArgs(" + string.Join(", ", names.Select((n, i) => $"{n}={Ops.ReprString(items[i])}")) + ")");
        });
        d.DefFunction("unraisablehook", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"unraisablehook() takes exactly one argument ({a.Length} given)"));
            if (a[0] is not PyTuple args || !ReferenceEquals(args.Type, s_unraisableArgsType))
                throw new PythonException(PyExc.TypeError("sys.unraisablehook argument type must be UnraisableHookArgs"));
            WriteUnraisable(rt, args.Items[1], args.Items[3], args.Items[4]);
            return PyNone.Instance;
        }, "sys");
        s_defaultUnraisableHook = d.GetItem("unraisablehook")!;
        d.SetItem("__unraisablehook__", s_defaultUnraisableHook);
    }

    /// <summary>
    /// Reports an exception nobody can catch (a callback of atexit, a weakref, a thread, ...): through
    /// sys.unraisablehook when the program replaced it, else CPython's default text on stderr.
    /// Returns false when the default output should be written by the caller.
    /// </summary>
    public static bool CallCustomUnraisableHook(PythonRuntime rt, PyBaseException e, string? errMsg, PyObject? obj)
    {
        var hook = rt.Sys.Dict!.GetItem("unraisablehook");
        if (hook is null || ReferenceEquals(hook, s_defaultUnraisableHook) || s_unraisableArgsType is null) return false;
        var args = new PyTuple(s_unraisableArgsType,
            [e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance, errMsg is null ? PyNone.Instance : new PyStr(errMsg), obj ?? PyNone.Instance]);
        try
        {
            Ops.Call(hook, args);
        }
        catch (PythonException failure)
        {
            // CPython: "Exception ignored in sys.unraisablehook: <hook>" with the hook's own error.
            WriteUnraisable(rt, failure.Value, new PyStr("Exception ignored in sys.unraisablehook"), hook);
        }
        return true;
    }

    // CPython 3.11: Python/errors.c write_unraisable_exc_file
    private static void WriteUnraisable(PythonRuntime rt, PyObject excValue, PyObject errMsg, PyObject obj)
    {
        string header;
        if (obj is not PyNone)
        {
            string repr;
            try { repr = Ops.ReprString(obj); }
            catch (PythonException) { repr = "<object repr() failed>"; }
            header = (errMsg is PyStr m ? m.Value + ": " : "Exception ignored in: ") + repr + "\n";
        }
        else
        {
            header = errMsg is PyStr m ? m.Value + ":\n" : "";
        }
        string body = excValue is PyBaseException be ? Unraisable.FormatBody(be) : Ops.ReprString(excValue) + "\n";
        try { FlushStd(rt); } catch (PythonException) { }
        Tracebacks.WriteStderr(rt, header + body);
    }

    // CPython 3.11: Python/sysmodule.c sys_breakpointhook
    private static PyObject BreakpointHook(PythonRuntime rt, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        string? env = rt.Options.IgnoreEnvironment ? null : Environment.GetEnvironmentVariable("PYTHONBREAKPOINT");
        if (env == "0") return PyNone.Instance;
        if (string.IsNullOrEmpty(env)) env = "pdb.set_trace";
        int dot = env.LastIndexOf('.');
        string modulePath = dot < 0 ? "builtins" : env[..dot];
        string attribute = dot < 0 ? env : env[(dot + 1)..];
        PyObject hook;
        try
        {
            var module = rt.Importer!.Import(modulePath, PyNone.Instance, PyTuple.Of(new PyStr(attribute)), 0);
            hook = Ops.GetAttr(module, PyStr.Intern(attribute));
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.ImportError) || e.Value.IsInstance(PyExc.AttributeErrorType))
        {
            NativeWarnings.Warn(PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{env}\"");
            return PyNone.Instance;
        }
        return Ops.Call(hook, args, kwnames);
    }

    [System.Runtime.InteropServices.DllImport("libc.so.6", EntryPoint = "gnu_get_libc_version")]
    private static extern IntPtr GnuGetLibcVersion();

    // sys.thread_info.version is confstr(_CS_GNU_LIBPTHREAD_VERSION): 'NPTL ' and glibc's version on Linux.
    private static PyObject GlibcVersion()
    {
        if (!OperatingSystem.IsLinux()) return PyNone.Instance;
        try
        {
            var version = System.Runtime.InteropServices.Marshal.PtrToStringAnsi(GnuGetLibcVersion());
            return version is null ? PyNone.Instance : new PyStr("NPTL " + version);
        }
        catch (DllNotFoundException) { return PyNone.Instance; }
        catch (EntryPointNotFoundException) { return PyNone.Instance; }
    }
}
