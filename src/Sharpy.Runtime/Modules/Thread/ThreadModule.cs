using System.Runtime.CompilerServices;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// <c>_thread</c>: OS threads (.NET threads) sharing one runtime under its GIL, and the lock types.
/// lib/threading.py builds the public API on top of it.
/// </summary>
// CPython 3.11: Modules/_threadmodule.c
public static partial class ThreadModule
{
    private const string Mod = "_thread";

    /// <summary>CPython's PY_TIMEOUT_MAX in seconds (Lock.acquire's largest timeout).</summary>
    public const double TimeoutMax = 9223372036.0;

    /// <summary>Default .NET stack of a new thread (reserved, committed as used). Python calls do not use it.</summary>
    private const int DefaultStackSize = 64 * 1024 * 1024;

    private sealed class State
    {
        public int Running;
        public long StackSize;
    }

    private static readonly ConditionalWeakTable<PythonRuntime, State> States = new();
    private static State For(PythonRuntime rt) => States.GetValue(rt, _ => new State());

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.SetItem("LockType", LockTypes.Lock);
        d.SetItem("RLock", LockTypes.RLock);
        d.SetItem("error", PyExc.RuntimeErrorType);
        d.SetItem("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        NativeCall start = (a, k) => StartNewThread(rt, a, k);
        d.SetItem("start_new_thread", new PyBuiltinFunction("start_new_thread", start, null, Mod));
        d.SetItem("start_new", new PyBuiltinFunction("start_new", start, null, Mod));
        NativeCall allocate = (a, k) =>
        {
            TypeDefinitions.CheckRange("allocate_lock", a.Length, 0, 0);
            return new PyLock(LockTypes.Lock);
        };
        d.SetItem("allocate_lock", new PyBuiltinFunction("allocate_lock", allocate, null, Mod));
        d.SetItem("allocate", new PyBuiltinFunction("allocate", allocate, null, Mod));
        d.DefFunction("get_ident", (a, k) => PyInt.From(ThreadIdents.Current()), Mod);
        // interrupt_main(signum=SIGINT): the main thread runs that signal's Python handler as if it had arrived.
        d.DefFunction("interrupt_main", (a, k) =>
        {
            TypeDefinitions.CheckRange("interrupt_main", a.Length, 0, 1);
            long signum = a.Length == 0 ? 2 : Ops.ToLong(Ops.Index(a[0]));
            if (signum < 1 || signum >= Signal.PendingSignals.NSIG)
                throw new PythonException(PyExc.ValueError("signal number out of range"));
            Signal.PendingSignals.Simulate((int)signum);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("get_native_id", (a, k) => PyInt.From(ThreadIdents.NativeId(PythonRuntime.Current)), Mod);
        d.DefFunction("_count", (a, k) => PyInt.From(Volatile.Read(ref For(rt).Running)), Mod);
        d.DefFunction("_main_ident", (a, k) => PyInt.From(ThreadIdents.Of(rt.MainThreadState)), Mod);
        d.DefFunction("_is_main_thread", (a, k) => Py.Bool(ReferenceEquals(rt.PyThreadState, rt.MainThreadState)), Mod);
        d.DefFunction("_set_sentinel", (a, k) =>
        {
            // Returned unlocked: threading acquires it; the thread's end releases it (join waits for that).
            var sentinel = new PyLock(LockTypes.Lock);
            _sentinel = sentinel;
            return sentinel;
        }, Mod);
        d.DefFunction("stack_size", (a, k) => StackSize(For(rt), a), Mod);
        NativeCall exit = (a, k) => throw new PythonException(new PyBaseException(PyExc.SystemExit));
        d.SetItem("exit", new PyBuiltinFunction("exit", exit, null, Mod));
        d.SetItem("exit_thread", new PyBuiltinFunction("exit_thread", exit, null, Mod));
        d.DefFunction("daemon_threads_allowed", (a, k) => Py.True, Mod);
        return m;
    }

    /// <summary>sys.setswitchinterval / sys.getswitchinterval (the GIL's handover period).</summary>
    public static void InstallSysFunctions(PyModule sys)
    {
        var d = sys.Dict!;
        d.DefFunction("getswitchinterval", (a, k) =>
        {
            TypeDefinitions.CheckRange("getswitchinterval", a.Length, 0, 0);
            return new PyFloat(Gil.SwitchInterval);
        }, "sys");
        d.DefFunction("setswitchinterval", (a, k) =>
        {
            var p = ArgParser.Parse("setswitchinterval", a, k, ["interval"], [], 1, 1);
            double v = Ops.ToDouble(p[0]!);
            if (v <= 0) throw new PythonException(PyExc.ValueError("switch interval must be strictly positive"));
            // CPython keeps microseconds.
            Gil.SwitchInterval = Math.Max(1, Math.Round(v * 1e6)) / 1e6;
            return PyNone.Instance;
        }, "sys");
    }

    private static PyObject StackSize(State state, ReadOnlySpan<PyObject> a)
    {
        TypeDefinitions.CheckRange("stack_size", a.Length, 0, 1);
        long old = state.StackSize;
        if (a.Length == 1)
        {
            long size = Ops.ToLong(a[0]);
            if (size != 0 && size < 32768) throw new PythonException(PyExc.ValueError("size not valid: " + size + " bytes"));
            state.StackSize = size;
        }
        return PyInt.From(old);
    }

    [ThreadStatic] private static PyLock? _sentinel;

    private static PyObject StartNewThread(PythonRuntime rt, ReadOnlySpan<PyObject> a, string[]? k)
    {
        if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError("start_new_thread() takes no keyword arguments"));
        TypeDefinitions.CheckRange("start_new_thread", a.Length, 2, 3);
        var func = a[0];
        if (!Ops.IsCallable(func)) throw new PythonException(PyExc.TypeError("first arg must be callable"));
        if (a[1] is not PyTuple args) throw new PythonException(PyExc.TypeError("2nd arg must be a tuple"));
        PyDict? kwargs = null;
        if (a.Length == 3)
        {
            if (a[2] is PyDict kd) kwargs = kd;
            else throw new PythonException(PyExc.TypeError("optional 3rd arg must be a dictionary"));
        }
        var (callArgs, kwNames) = CallArguments(args, kwargs);
        var state = For(rt);
        var gil = rt.EnsureGil();
        var ts = new PyThreadState { RecursionLimit = rt.PyThreadState.RecursionLimit };
        long ident = ThreadIdents.Of(ts);
        int stack = state.StackSize > 0 ? (int)Math.Min(state.StackSize, int.MaxValue) : DefaultStackSize;
        var thread = new System.Threading.Thread(() => ThreadMain(rt, gil, ts, state, func, callArgs, kwNames), stack)
        {
            IsBackground = true,
            Name = "sharpy-thread",
        };
        Interlocked.Increment(ref state.Running);
        try { thread.Start(); }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref state.Running);
            throw new PythonException(PyExc.RuntimeError("can't start new thread"));
        }
        return PyInt.From(ident);
    }

    private static (PyObject[] Args, string[]? KwNames) CallArguments(PyTuple args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return ((PyObject[])args.Items.Clone(), null);
        var values = new List<PyObject>(args.Items);
        var names = new List<string>();
        foreach (var (key, value) in kwargs.Items())
        {
            if (key is not PyStr s) throw new PythonException(PyExc.TypeError("keywords must be strings"));
            names.Add(s.Value);
            values.Add(value);
        }
        return (values.ToArray(), names.ToArray());
    }

    // CPython 3.11: Modules/_threadmodule.c thread_run
    private static void ThreadMain(PythonRuntime rt, Gil gil, PyThreadState ts, State state, PyObject func, PyObject[] args, string[]? kwNames)
    {
        rt.AttachThread(ts);
        gil.Take();
        try
        {
            try { Ops.Call(func, args, kwNames); }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.SystemExit)) { }
            catch (PythonException e)
            {
                string what;
                try { what = Ops.ReprString(func); } catch (PythonException) { what = "<object repr() failed>"; }
                try { Unraisable.Write("Exception ignored in thread started by: " + what, e.Value); }
                catch (PythonException) { }
            }
            _sentinel?.ReleaseIfLocked();
        }
        catch (Exception e)
        {
            // A bug in the runtime must not take the whole process down from a secondary thread.
            try { Tracebacks.WriteStderr(rt, "Fatal error in thread: " + e + "\n"); } catch (Exception) { }
        }
        finally
        {
            _sentinel = null;
            Interlocked.Decrement(ref state.Running);
            PythonRuntime.DetachThread();
            gil.Drop();
        }
    }
}
