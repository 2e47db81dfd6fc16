using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// User-defined SQL functions, aggregates and collations: SQLite calls back into .NET through a
/// few static thunks, and the Python callable travels as a GCHandle in SQLite's user-data pointer
/// (freed by SQLite's destructor callback). Nothing may escape a thunk: a .NET exception crossing
/// a native frame would kill the process, so every Python error becomes sqlite3_result_error.
/// </summary>
// CPython 3.11: Modules/_sqlite/connection.c func_callback, step_callback, final_callback, collation_callback
internal static class SqliteCallbacks
{
    public static PyDict? ModuleDict;
    private static bool _tracebacks;

    // Delegates are kept in static fields so the GC never collects what SQLite points to.
    private static readonly LibSqlite.FunctionCallback FuncThunk = OnFunction;
    private static readonly LibSqlite.FunctionCallback StepThunk = OnStep;
    private static readonly LibSqlite.FinalCallback FinalThunk = OnFinal;
    private static readonly LibSqlite.DestroyCallback DestroyThunk = OnDestroy;
    private static readonly LibSqlite.CompareCallback CompareThunk = OnCompare;
    private static IntPtr _func, _step, _final, _destroy, _compare;

    private static void EnsurePointers()
    {
        if (_func != IntPtr.Zero) return;
        _func = Marshal.GetFunctionPointerForDelegate(FuncThunk);
        _step = Marshal.GetFunctionPointerForDelegate(StepThunk);
        _final = Marshal.GetFunctionPointerForDelegate(FinalThunk);
        _destroy = Marshal.GetFunctionPointerForDelegate(DestroyThunk);
        _compare = Marshal.GetFunctionPointerForDelegate(CompareThunk);
    }

    private static readonly byte[] FuncError = Utf8("user-defined function raised exception");
    private static readonly byte[] StepError = Utf8("user-defined aggregate's 'step' method raised error");
    private static readonly byte[] InitError = Utf8("user-defined aggregate's '__init__' method raised error");
    private static readonly byte[] FinalError = Utf8("user-defined aggregate's 'finalize' method raised error");

    private static byte[] Utf8(string s) => LibSqlite.Utf8Z(s);

    public static void Define(PyDict d)
    {
        d.DefFunction("enable_callback_tracebacks", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError("enable_callback_tracebacks() takes exactly one argument"));
            _tracebacks = Ops.IsTrue(a[0]);
            return Py.None;
        }, "_sqlite3");
        // create_function(db, name, narg, flags, func) -> rc (None is registered as is: calling it fails, as in CPython)
        d.DefFunction("create_function", (a, k) =>
        {
            if (a.Length != 5) throw new PythonException(PyExc.TypeError("create_function() takes exactly 5 arguments"));
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]).Handle;
            var name = LibSqlite.Utf8Z(Ops.StrString(a[1]));
            int flags = LibSqlite.Utf8 | (int)Ops.ToLong(a[3]);
            var h = GCHandle.ToIntPtr(GCHandle.Alloc(a[4]));
            int rc = LibSqlite.CreateFunctionV2(db, name, (int)Ops.ToLong(a[2]), flags, h, _func, IntPtr.Zero, IntPtr.Zero, _destroy);
            return PyInt.From(rc);
        }, "_sqlite3");
        d.DefFunction("create_aggregate", (a, k) =>
        {
            if (a.Length != 5) throw new PythonException(PyExc.TypeError("create_aggregate() takes exactly 5 arguments"));
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]).Handle;
            var name = LibSqlite.Utf8Z(Ops.StrString(a[1]));
            int flags = LibSqlite.Utf8 | (int)Ops.ToLong(a[3]);
            var h = GCHandle.ToIntPtr(GCHandle.Alloc(a[4]));
            int rc = LibSqlite.CreateFunctionV2(db, name, (int)Ops.ToLong(a[2]), flags, h, IntPtr.Zero, _step, _final, _destroy);
            return PyInt.From(rc);
        }, "_sqlite3");
        d.DefFunction("create_collation", (a, k) =>
        {
            if (a.Length != 3) throw new PythonException(PyExc.TypeError("create_collation() takes exactly 3 arguments"));
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]).Handle;
            var name = LibSqlite.Utf8Z(Ops.StrString(a[1]));
            if (a[2] is PyNone)
                return PyInt.From(LibSqlite.CreateCollationV2(db, name, LibSqlite.Utf8, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero));
            var h = GCHandle.ToIntPtr(GCHandle.Alloc(a[2]));
            return PyInt.From(LibSqlite.CreateCollationV2(db, name, LibSqlite.Utf8, h, _compare, _destroy));
        }, "_sqlite3");
    }

    private static PyObject Target(IntPtr data) => (PyObject)GCHandle.FromIntPtr(data).Target!;

    private static void OnDestroy(IntPtr data)
    {
        try { if (data != IntPtr.Zero) GCHandle.FromIntPtr(data).Free(); }
        catch (Exception) { /* never let anything cross into SQLite */ }
    }

    // CPython 3.11: Modules/_sqlite/connection.c _pysqlite_build_py_params
    private static PyObject[] Arguments(int argc, IntPtr argv)
    {
        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++)
        {
            var v = Marshal.ReadIntPtr(argv, i * IntPtr.Size);
            args[i] = LibSqlite.ValueType(v) switch
            {
                LibSqlite.Integer => PyInt.From(LibSqlite.ValueInt64(v)),
                LibSqlite.Float => new PyFloat(LibSqlite.ValueDouble(v)),
                LibSqlite.Text => new PyStr(Codecs.Decode(LibSqlite.BytesAt(LibSqlite.ValueText(v), LibSqlite.ValueBytes(v)), "utf-8", "strict")),
                LibSqlite.Blob => new PyBytes(LibSqlite.BytesAt(LibSqlite.ValueBlob(v), LibSqlite.ValueBytes(v))),
                _ => Py.None,
            };
        }
        return args;
    }

    /// <summary>Sets the SQL result; false (with a Python error to report) when the value cannot be stored.</summary>
    // CPython 3.11: Modules/_sqlite/connection.c _pysqlite_set_result
    private static PyBaseException? SetResult(IntPtr ctx, PyObject v, out bool tooBig)
    {
        tooBig = false;
        switch (v)
        {
            case PyNone: LibSqlite.ResultNull(ctx); return null;
            case PyInt n:
                if (n.IsBig)
                {
                    tooBig = true;
                    return PyExc.OverflowError("Python int too large to convert to SQLite INTEGER");
                }
                LibSqlite.ResultInt64(ctx, n.Value);
                return null;
            case PyFloat f: LibSqlite.ResultDouble(ctx, f.Value); return null;
            case PyStr s:
            {
                var z = LibSqlite.Utf8Z(s.Value);
                LibSqlite.ResultText(ctx, z, z.Length - 1, LibSqlite.Transient);
                return null;
            }
            case PyBytes b:
                if (b.Value.Length == 0) LibSqlite.ResultZeroBlob(ctx, 0);
                else LibSqlite.ResultBlob(ctx, b.Value, b.Value.Length, LibSqlite.Transient);
                return null;
            case PyByteArray ba:
            {
                var bytes = ba.Value.ToArray();
                if (bytes.Length == 0) LibSqlite.ResultZeroBlob(ctx, 0);
                else LibSqlite.ResultBlob(ctx, bytes, bytes.Length, LibSqlite.Transient);
                return null;
            }
            default:
                var cls = ModuleDict?.GetItem("ProgrammingError") as PyType ?? PyExc.TypeErrorType;
                return PyExc.Create(cls, $"User-defined functions cannot return '{v.Type.Name}' values to SQLite");
        }
    }

    /// <summary>A hook's exception: reported when callback tracebacks are enabled, otherwise dropped.</summary>
    internal static void ReportFailure(PyObject? callable, Exception e) => Report(callable, Wrap(e));

    private static PyBaseException Wrap(Exception e) => e is PythonException pe ? pe.Value
        : PyExc.SystemError(e.Message);

    /// <summary>CPython's print_or_clear_traceback: "Exception ignored in: ..." when tracebacks are enabled.</summary>
    private static void Report(PyObject? callable, PyBaseException e)
    {
        if (!_tracebacks) return;
        try
        {
            Unraisable.Write("Exception ignored in: " + (callable == null ? "None" : Ops.ReprString(callable)), e);
        }
        catch (Exception) { /* reporting must not fail the query */ }
    }

    private static void OnFunction(IntPtr ctx, int argc, IntPtr argv)
    {
        var gil = SqliteGil.EnterCallback();
        try { OnFunctionCore(ctx, argc, argv); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static void OnFunctionCore(IntPtr ctx, int argc, IntPtr argv)
    {
        PyObject? func = null;
        try
        {
            func = Target(LibSqlite.UserData(ctx));
            var result = Ops.Call(func, Arguments(argc, argv), null);
            var err = SetResult(ctx, result, out bool tooBig);
            if (err == null) return;
            Report(func, err);
            if (tooBig) LibSqlite.ResultErrorTooBig(ctx);
            else LibSqlite.ResultError(ctx, FuncError, -1);
        }
        catch (Exception e)
        {
            Report(func, Wrap(e));
            LibSqlite.ResultError(ctx, FuncError, -1);
        }
    }

    /// <summary>The aggregate instance lives in SQLite's per-group context as a GCHandle.</summary>
    private static PyObject? Instance(IntPtr ctx, bool create, out IntPtr slot)
    {
        slot = LibSqlite.AggregateContext(ctx, create ? IntPtr.Size : 0);
        if (slot == IntPtr.Zero) return null;
        var h = Marshal.ReadIntPtr(slot);
        return h == IntPtr.Zero ? null : (PyObject)GCHandle.FromIntPtr(h).Target!;
    }

    private static void OnStep(IntPtr ctx, int argc, IntPtr argv)
    {
        var gil = SqliteGil.EnterCallback();
        try { OnStepCore(ctx, argc, argv); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static void OnStepCore(IntPtr ctx, int argc, IntPtr argv)
    {
        PyObject? cls = null;
        try
        {
            cls = Target(LibSqlite.UserData(ctx));
            var inst = Instance(ctx, true, out var slot);
            if (slot == IntPtr.Zero) return;
            if (inst == null)
            {
                try
                {
                    inst = Ops.Call(cls);
                }
                catch (Exception e)
                {
                    Report(cls, Wrap(e));
                    LibSqlite.ResultError(ctx, InitError, -1);
                    return;
                }
                Marshal.WriteIntPtr(slot, GCHandle.ToIntPtr(GCHandle.Alloc(inst)));
            }
            Ops.Call(Ops.GetAttr(inst, "step"), Arguments(argc, argv), null);
        }
        catch (Exception e)
        {
            Report(cls, Wrap(e));
            LibSqlite.ResultError(ctx, StepError, -1);
        }
    }

    private static void OnFinal(IntPtr ctx)
    {
        var gil = SqliteGil.EnterCallback();
        try { OnFinalCore(ctx); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static void OnFinalCore(IntPtr ctx)
    {
        PyObject? cls = null;
        IntPtr slot = IntPtr.Zero;
        try
        {
            cls = Target(LibSqlite.UserData(ctx));
            var inst = Instance(ctx, false, out slot);
            if (inst == null) { LibSqlite.ResultNull(ctx); return; }   // no rows, or __init__ failed
            var result = Ops.Call(Ops.GetAttr(inst, "finalize"));
            var err = SetResult(ctx, result, out bool tooBig);
            if (err == null) return;
            Report(cls, err);
            if (tooBig) LibSqlite.ResultErrorTooBig(ctx);
            else LibSqlite.ResultError(ctx, FinalError, -1);
        }
        catch (Exception e)
        {
            Report(cls, Wrap(e));
            LibSqlite.ResultError(ctx, FinalError, -1);
        }
        finally
        {
            try
            {
                if (slot != IntPtr.Zero)
                {
                    var h = Marshal.ReadIntPtr(slot);
                    if (h != IntPtr.Zero) GCHandle.FromIntPtr(h).Free();
                    Marshal.WriteIntPtr(slot, IntPtr.Zero);
                }
            }
            catch (Exception) { /* never cross into SQLite */ }
        }
    }

    private static int OnCompare(IntPtr data, int len1, IntPtr s1, int len2, IntPtr s2)
    {
        var gil = SqliteGil.EnterCallback();
        try { return OnCompareCore(data, len1, s1, len2, s2); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static int OnCompareCore(IntPtr data, int len1, IntPtr s1, int len2, IntPtr s2)
    {
        PyObject? func = null;
        try
        {
            func = Target(data);
            var a = new PyStr(Codecs.Decode(LibSqlite.BytesAt(s1, len1), "utf-8", "strict"));
            var b = new PyStr(Codecs.Decode(LibSqlite.BytesAt(s2, len2), "utf-8", "strict"));
            var r = Ops.Call(func, a, b);
            if (r is not PyInt n) return 0;
            return n.IsBig ? (n.AsBig.Sign) : Math.Sign(n.Value);
        }
        catch (Exception e)
        {
            Report(func, Wrap(e));
            return 0;
        }
    }
}
