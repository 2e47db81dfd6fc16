using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// Per-connection hooks (trace, authorizer, progress handler) and online backup. The Python
/// callable is held by a GCHandle owned by the connection handle and freed when replaced or when
/// the connection closes; as with functions, nothing may escape a thunk into SQLite.
/// </summary>
// CPython 3.11: Modules/_sqlite/connection.c trace_callback, authorizer_callback, progress_callback, backup
internal static class SqliteHooks
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] private delegate int TraceCallback(uint type, IntPtr ctx, IntPtr p, IntPtr x);
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] private delegate int AuthorizerCallback(IntPtr ctx, int action, IntPtr a1, IntPtr a2, IntPtr db, IntPtr src);
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] private delegate int ProgressCallback(IntPtr ctx);

    private const string Lib = "libsqlite3.so.0";
    private const uint TraceStmt = 1;
    private const int Deny = 1;

    [DllImport(Lib, EntryPoint = "sqlite3_trace_v2")] private static extern int TraceV2(IntPtr db, uint mask, IntPtr cb, IntPtr ctx);
    [DllImport(Lib, EntryPoint = "sqlite3_expanded_sql")] private static extern IntPtr ExpandedSql(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_free")] private static extern void Free(IntPtr p);
    [DllImport(Lib, EntryPoint = "sqlite3_set_authorizer")] private static extern int SetAuthorizer(IntPtr db, IntPtr cb, IntPtr ctx);
    [DllImport(Lib, EntryPoint = "sqlite3_progress_handler")] private static extern void ProgressHandler(IntPtr db, int n, IntPtr cb, IntPtr ctx);
    [DllImport(Lib, EntryPoint = "sqlite3_backup_init")] private static extern IntPtr BackupInit(IntPtr dest, byte[] destName, IntPtr src, byte[] srcName);
    [DllImport(Lib, EntryPoint = "sqlite3_backup_step")] private static extern int BackupStep(IntPtr b, int pages);
    [DllImport(Lib, EntryPoint = "sqlite3_backup_remaining")] private static extern int BackupRemaining(IntPtr b);
    [DllImport(Lib, EntryPoint = "sqlite3_backup_pagecount")] private static extern int BackupPageCount(IntPtr b);
    [DllImport(Lib, EntryPoint = "sqlite3_backup_finish")] private static extern int BackupFinish(IntPtr b);

    private static readonly TraceCallback TraceThunk = OnTrace;
    private static readonly AuthorizerCallback AuthorizerThunk = OnAuthorize;
    private static readonly ProgressCallback ProgressThunk = OnProgress;
    private static IntPtr _trace, _authorizer, _progress;

    private static void EnsurePointers()
    {
        if (_trace != IntPtr.Zero) return;
        _trace = Marshal.GetFunctionPointerForDelegate(TraceThunk);
        _authorizer = Marshal.GetFunctionPointerForDelegate(AuthorizerThunk);
        _progress = Marshal.GetFunctionPointerForDelegate(ProgressThunk);
    }

    /// <summary>Replaces the connection's hook of <paramref name="kind"/>; returns the handle to pass (zero for None).</summary>
    private static IntPtr Hold(SqliteDb db, string kind, PyObject callable)
    {
        if (db.Hooks.Remove(kind, out var old)) old.Free();
        if (callable is PyNone) return IntPtr.Zero;
        var h = GCHandle.Alloc(callable);
        db.Hooks[kind] = h;
        return GCHandle.ToIntPtr(h);
    }

    public static void Define(PyDict d)
    {
        // set_trace(db, callable or None)
        d.DefFunction("set_trace", (a, k) =>
        {
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]);
            var ctx = Hold(db, "trace", a[1]);
            return PyInt.From(TraceV2(db.Handle, ctx == IntPtr.Zero ? 0 : TraceStmt, ctx == IntPtr.Zero ? IntPtr.Zero : _trace, ctx));
        }, "_sqlite3");
        d.DefFunction("set_authorizer", (a, k) =>
        {
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]);
            var ctx = Hold(db, "authorizer", a[1]);
            return PyInt.From(SetAuthorizer(db.Handle, ctx == IntPtr.Zero ? IntPtr.Zero : _authorizer, ctx));
        }, "_sqlite3");
        // set_progress_handler(db, callable or None, n)
        d.DefFunction("set_progress_handler", (a, k) =>
        {
            EnsurePointers();
            var db = SqliteHandleTypes.AsDb(a[0]);
            var ctx = Hold(db, "progress", a[1]);
            ProgressHandler(db.Handle, (int)Ops.ToLong(a[2]), ctx == IntPtr.Zero ? IntPtr.Zero : _progress, ctx);
            return Py.None;
        }, "_sqlite3");
        // backup_init(dest, dest_name, src, src_name) -> backup handle as int (0 on failure)
        d.DefFunction("backup_init", (a, k) =>
        {
            var dest = SqliteHandleTypes.AsDb(a[0]).Handle;
            var src = SqliteHandleTypes.AsDb(a[2]).Handle;
            var b = BackupInit(dest, LibSqlite.Utf8Z(Ops.StrString(a[1])), src, LibSqlite.Utf8Z(Ops.StrString(a[3])));
            if (b == IntPtr.Zero) return Py.None;
            var handle = new SqliteBackup(b);
            return handle;
        }, "_sqlite3");
        // backup_step(backup, pages) -> (rc, remaining, pagecount)
        d.DefFunction("backup_step", (a, k) =>
        {
            var b = SqliteBackup.Of(a[0]);
            var gil = SqliteGil.Release();
            int rc;
            try { rc = BackupStep(b.Handle, (int)Ops.ToLong(a[1])); }
            finally { SqliteGil.Reacquire(gil); }
            return new PyTuple([PyInt.From(rc), PyInt.From(BackupRemaining(b.Handle)), PyInt.From(BackupPageCount(b.Handle))]);
        }, "_sqlite3");
        d.DefFunction("backup_finish", (a, k) =>
        {
            var b = SqliteBackup.Of(a[0]);
            int rc = BackupFinish(b.Handle);
            b.Handle = IntPtr.Zero;
            return PyInt.From(rc);
        }, "_sqlite3");
    }

    private static PyObject Target(IntPtr ctx) => (PyObject)GCHandle.FromIntPtr(ctx).Target!;

    private static PyObject Text(IntPtr p) => p == IntPtr.Zero ? Py.None : new PyStr(LibSqlite.Utf8At(p)!);

    private static int OnTrace(uint type, IntPtr ctx, IntPtr p, IntPtr x)
    {
        var gil = SqliteGil.EnterCallback();
        try { return OnTraceCore(type, ctx, p, x); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static int OnTraceCore(uint type, IntPtr ctx, IntPtr p, IntPtr x)
    {
        if (type != TraceStmt) return 0;
        PyObject? callable = null;
        try
        {
            callable = Target(ctx);
            var expanded = ExpandedSql(p);
            PyObject sql;
            if (expanded != IntPtr.Zero)
            {
                sql = new PyStr(LibSqlite.Utf8At(expanded)!);
                Free(expanded);
            }
            else sql = Text(x);
            Ops.Call(callable, sql);
        }
        catch (Exception e)
        {
            SqliteCallbacks.ReportFailure(callable, e);
        }
        return 0;
    }

    private static int OnAuthorize(IntPtr ctx, int action, IntPtr a1, IntPtr a2, IntPtr db, IntPtr src)
    {
        var gil = SqliteGil.EnterCallback();
        try { return OnAuthorizeCore(ctx, action, a1, a2, db, src); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static int OnAuthorizeCore(IntPtr ctx, int action, IntPtr a1, IntPtr a2, IntPtr db, IntPtr src)
    {
        PyObject? callable = null;
        try
        {
            callable = Target(ctx);
            var r = Ops.Call(callable, new PyObject[] { PyInt.From(action), Text(a1), Text(a2), Text(db), Text(src) }, null);
            if (r is not PyInt n) return Deny;
            return n.IsBig || n.Value is < int.MinValue or > int.MaxValue ? Deny : (int)n.Value;
        }
        catch (Exception e)
        {
            SqliteCallbacks.ReportFailure(callable, e);
            return Deny;
        }
    }

    private static int OnProgress(IntPtr ctx)
    {
        var gil = SqliteGil.EnterCallback();
        try { return OnProgressCore(ctx); }
        finally { SqliteGil.LeaveCallback(gil); }
    }

    private static int OnProgressCore(IntPtr ctx)
    {
        PyObject? callable = null;
        try
        {
            callable = Target(ctx);
            return Ops.IsTrue(Ops.Call(callable)) ? 1 : 0;
        }
        catch (Exception e)
        {
            SqliteCallbacks.ReportFailure(callable, e);
            return 1;
        }
    }
}

/// <summary>An <c>sqlite3_backup*</c> in progress; zero once finished.</summary>
internal sealed class SqliteBackup(IntPtr handle) : PyObject(BackupType)
{
    public static readonly PyType BackupType = PyTypes.NewBuiltin("backup_handle", PyTypes.Object, "_sqlite3",
        _ => throw new PythonException(PyExc.TypeError("cannot create '_sqlite3.backup_handle' instances")));

    public IntPtr Handle = handle;

    public static SqliteBackup Of(PyObject o) => o is SqliteBackup b && b.Handle != IntPtr.Zero ? b
        : throw new PythonException(PyExc.ValueError("sqlite3 backup handle is finished"));
}
