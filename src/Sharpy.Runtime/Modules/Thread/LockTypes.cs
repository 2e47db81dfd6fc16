using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>The <c>_thread.lock</c> and <c>_thread.RLock</c> types and their methods.</summary>
// CPython 3.11: Modules/_threadmodule.c lock_methods, rlock_methods
internal static class LockTypes
{
    private static readonly object Sync = new();
    private static PyType? _lock, _rlock;

    public static PyType Lock
    {
        get { lock (Sync) return _lock ??= CreateLock(); }
    }

    public static PyType RLock
    {
        get { lock (Sync) return _rlock ??= CreateRLock(); }
    }

    private static PyLock L(PyObject o) => o as PyLock
        ?? throw new PythonException(PyExc.TypeError($"descriptor requires a '_thread.lock' object but received '{o.Type.Name}'"));

    private static PyRLock R(PyObject o) => o as PyRLock
        ?? throw new PythonException(PyExc.TypeError($"descriptor requires a '_thread.RLock' object but received '{o.Type.Name}'"));

    /// <summary>acquire(blocking=True, timeout=-1) arguments, with CPython's checks.</summary>
    // CPython 3.11: Modules/_threadmodule.c lock_acquire_parse_args
    internal static (bool Blocking, double Timeout) AcquireArgs(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var p = ArgParser.Parse("acquire", args, kw, ["blocking", "timeout"], [], 0);
        bool blocking = p[0] == null || Ops.IsTrue(p[0]!);
        double timeout = p[1] == null ? -1 : Ops.ToDouble(p[1]!);
        if (!blocking && timeout != -1)
            throw new PythonException(PyExc.ValueError("can't specify a timeout for a non-blocking call"));
        if (timeout < 0 && timeout != -1)
            throw new PythonException(PyExc.ValueError("timeout value must be positive"));
        if (timeout > 9.2e18 || double.IsNaN(timeout))
            throw new PythonException(PyExc.OverflowError("timestamp out of range for platform time_t"));
        if (timeout > ThreadModule.TimeoutMax)
            throw new PythonException(PyExc.OverflowError("timeout value is too large"));
        return (blocking, timeout);
    }

    private static PyType CreateLock()
    {
        var t = PyTypes.NewBuiltin("lock", PyTypes.Object, "_thread",
            _ => throw new PythonException(PyExc.TypeError("cannot create '_thread.lock' instances")));
        NativeCall acquire = (a, k) =>
        {
            var (blocking, timeout) = AcquireArgs(a[1..], k);
            return Py.Bool(L(a[0]).Acquire(blocking, timeout));
        };
        t.DefRaw("acquire", acquire);
        t.DefRaw("acquire_lock", acquire);
        t.DefRaw("__enter__", acquire);
        NativeCall release = (a, k) =>
        {
            L(a[0]).Release();
            return PyNone.Instance;
        };
        t.DefRaw("release", release);
        t.DefRaw("release_lock", release);
        t.DefRaw("__exit__", release);
        NativeCall locked = (a, k) => Py.Bool(L(a[0]).IsLocked);
        t.DefRaw("locked", locked);
        t.DefRaw("locked_lock", locked);
        t.DefRaw("_at_fork_reinit", (a, k) => { L(a[0]).ReleaseIfLocked(); return PyNone.Instance; });
        RefusePickling(t);
        t.DefRaw("__repr__", (a, k) =>
        {
            var l = L(a[0]);
            return new PyStr($"<{(l.IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{l.Id:x}>");
        });
        return t;
    }

    /// <summary>
    /// A lock's state lives in native fields, so CPython's default reduction (object_getstate, which finds
    /// the instance bigger than a plain object) refuses it: copy.deepcopy and pickle of anything holding a
    /// lock fail with this message.
    /// </summary>
    private static void RefusePickling(PyType t) =>
        t.DefRaw("__reduce_ex__", (a, k) =>
            throw new PythonException(PyExc.TypeError($"cannot pickle '{t.TpName}' object")));

    private static PyType CreateRLock()
    {
        var t = PyTypes.NewBuiltin("RLock", PyTypes.Object, "_thread", type => new PyRLock(type));
        RefusePickling(t);
        NativeCall acquire = (a, k) =>
        {
            var (blocking, timeout) = AcquireArgs(a[1..], k);
            return Py.Bool(R(a[0]).Acquire(blocking, timeout));
        };
        t.DefRaw("acquire", acquire);
        t.DefRaw("__enter__", acquire);
        NativeCall release = (a, k) =>
        {
            R(a[0]).Release();
            return PyNone.Instance;
        };
        t.DefRaw("release", release);
        t.DefRaw("__exit__", release);
        t.DefRaw("_is_owned", (a, k) => Py.Bool(R(a[0]).IsOwned));
        t.DefRaw("_release_save", (a, k) =>
        {
            var (count, owner) = R(a[0]).ReleaseSave();
            return PyTuple.Of(PyInt.From(count), PyInt.From(owner));
        });
        t.DefRaw("_acquire_restore", (a, k) =>
        {
            if (a.Length != 2 || a[1] is not PyTuple { Count: 2 } state)
                throw new PythonException(PyExc.TypeError("_acquire_restore() argument must be a (count, owner) tuple"));
            R(a[0]).AcquireRestore(Ops.ToLong(state.Items[0]), Ops.ToLong(state.Items[1]));
            return PyNone.Instance;
        });
        t.DefRaw("_recursion_count", (a, k) => PyInt.From(R(a[0]).IsOwned ? R(a[0]).Count : 0));
        t.DefRaw("_at_fork_reinit", (a, k) => PyNone.Instance);
        t.DefRaw("__repr__", (a, k) =>
        {
            var r = R(a[0]);
            long count = r.Count;
            string cls = r.Type.FullName;
            return new PyStr($"<{(count > 0 ? "locked" : "unlocked")} {cls} object owner={(count > 0 ? r.Owner : 0)} count={count} at 0x{r.Id:x}>");
        });
        return t;
    }
}
