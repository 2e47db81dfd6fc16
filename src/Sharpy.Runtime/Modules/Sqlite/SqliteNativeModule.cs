using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// <c>_sqlite3</c>: thin primitives over the system SQLite; <c>lib/sqlite3/</c> builds CPython's
/// DB-API module on top. Status codes are returned, not raised: the Python layer maps them to
/// the sqlite3 exception classes. Handles are opaque objects that refuse use after close/finalize.
/// </summary>
public static class SqliteNativeModule
{
    private static PyObject Int(long v) => PyInt.From(v);
    private static PyObject Str(string? s) => s == null ? Py.None : new PyStr(s);

    private static void Arity(string name, ReadOnlySpan<PyObject> a, int n)
    {
        if (a.Length != n)
            throw new PythonException(PyExc.TypeError($"{name}() takes exactly {n} argument{(n == 1 ? "" : "s")} ({a.Length} given)"));
    }

    private static string AsStr(PyObject o, string what) => o is PyStr s ? s.Value
        : throw new PythonException(PyExc.TypeError($"{what} must be str, not {o.Type.Name}"));

    private static int AsInt(PyObject o) => (int)Math.Clamp(Ops.ToLong(o), int.MinValue, int.MaxValue);

    public static PyModule Create()
    {
        string version;
        try
        {
            version = LibSqlite.Utf8At(LibSqlite.LibVersion()) ?? "";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new PythonException(PyExc.Create(PyExc.ImportError, "libsqlite3.so.0: cannot open shared object file"));
        }
        var m = new PyModule("_sqlite3");
        var d = m.Dict!;
        SqliteCallbacks.ModuleDict = d;
        d.SetItem("sqlite_version", new PyStr(version));
        d.SetItem("threadsafe", Int(LibSqlite.ThreadSafe()));
        DefineConnectionFunctions(d);
        DefineStatementFunctions(d);
        SqliteCallbacks.Define(d);
        SqliteHooks.Define(d);
        SqliteBlobs.Define(d);
        ApiWrappers.Define(d);
        return m;
    }

    private static void Fn(PyDict d, string name, int arity, Func<PyObject[], PyObject> body) =>
        d.DefFunction(name, (a, k) =>
        {
            if (k != null && k.Length > 0) throw new PythonException(PyExc.TypeError($"{name}() takes no keyword arguments"));
            Arity(name, a, arity);
            return body(a.ToArray());
        }, "_sqlite3");

    private static void DefineConnectionFunctions(PyDict d)
    {
        // open(filename, flags, timeout_ms) -> (handle or None, rc, message)
        Fn(d, "open", 3, a =>
        {
            var name = LibSqlite.Utf8Z(AsStr(a[0], "database"));
            int rc = LibSqlite.OpenV2(name, out var db, AsInt(a[1]), IntPtr.Zero);
            if (rc != LibSqlite.Ok)
            {
                string msg = db != IntPtr.Zero ? LibSqlite.Utf8At(LibSqlite.ErrMsg(db)) ?? ""
                    : LibSqlite.Utf8At(LibSqlite.ErrStr(rc)) ?? "";
                int ext = db != IntPtr.Zero ? LibSqlite.ExtendedErrCode(db) : rc;
                if (db != IntPtr.Zero) LibSqlite.CloseV2(db);
                return new PyTuple([Py.None, Int(ext), new PyStr(msg)]);
            }
            LibSqlite.BusyTimeout(db, AsInt(a[2]));
            return new PyTuple([new SqliteDb(db), Int(rc), new PyStr("")]);
        });
        Fn(d, "close", 1, a =>
        {
            var db = SqliteHandleTypes.AsDb(a[0]);
            if (db.Db == IntPtr.Zero) return Int(LibSqlite.Ok);
            foreach (var s in db.Statements.ToArray()) s.FinalizeNow();
            int rc = LibSqlite.CloseV2(db.Db);
            db.Db = IntPtr.Zero;
            foreach (var h in db.Hooks.Values) h.Free();
            db.Hooks.Clear();
            return Int(rc);
        });
        Fn(d, "is_open", 1, a => Py.Bool(SqliteHandleTypes.AsDb(a[0]).Db != IntPtr.Zero));
        Fn(d, "errmsg", 1, a => Str(LibSqlite.Utf8At(LibSqlite.ErrMsg(SqliteHandleTypes.AsDb(a[0]).Handle))));
        Fn(d, "errcode", 1, a => Int(LibSqlite.ExtendedErrCode(SqliteHandleTypes.AsDb(a[0]).Handle)));
        Fn(d, "errstr", 1, a => Str(LibSqlite.Utf8At(LibSqlite.ErrStr(AsInt(a[0])))));
        Fn(d, "changes", 1, a => Int(LibSqlite.Changes(SqliteHandleTypes.AsDb(a[0]).Handle)));
        Fn(d, "total_changes", 1, a => Int(LibSqlite.TotalChanges(SqliteHandleTypes.AsDb(a[0]).Handle)));
        Fn(d, "last_insert_rowid", 1, a => Int(LibSqlite.LastInsertRowId(SqliteHandleTypes.AsDb(a[0]).Handle)));
        Fn(d, "autocommit", 1, a => Py.Bool(LibSqlite.GetAutocommit(SqliteHandleTypes.AsDb(a[0]).Handle) != 0));
        Fn(d, "interrupt", 1, a => { LibSqlite.Interrupt(SqliteHandleTypes.AsDb(a[0]).Handle); return Py.None; });
        Fn(d, "limit", 3, a => Int(LibSqlite.Limit(SqliteHandleTypes.AsDb(a[0]).Handle, AsInt(a[1]), AsInt(a[2]))));
        Fn(d, "exec", 2, a =>
            Int(SqliteGil.Exec(SqliteHandleTypes.AsDb(a[0]).Handle, LibSqlite.Utf8Z(AsStr(a[1], "sql")))));
        Fn(d, "complete", 1, a => Py.Bool(LibSqlite.Complete(LibSqlite.Utf8Z(AsStr(a[0], "statement"))) != 0));
        // prepare(handle, sql) -> (statement or None, rc, tail): tail is the SQL after the first statement.
        Fn(d, "prepare", 2, a =>
        {
            var db = SqliteHandleTypes.AsDb(a[0]);
            var sql = LibSqlite.Utf8Z(AsStr(a[1], "sql"));
            var buf = Marshal.AllocHGlobal(sql.Length);
            try
            {
                Marshal.Copy(sql, 0, buf, sql.Length);
                int rc = SqliteGil.Prepare(db.Handle, buf, sql.Length, out var stmt, out var tail);
                string rest = "";
                if (tail != IntPtr.Zero)
                {
                    long off = tail.ToInt64() - buf.ToInt64();
                    if (off >= 0 && off < sql.Length - 1)
                        rest = System.Text.Encoding.UTF8.GetString(sql, (int)off, sql.Length - 1 - (int)off);
                }
                if (rc != LibSqlite.Ok || stmt == IntPtr.Zero)
                {
                    if (stmt != IntPtr.Zero) LibSqlite.Finalize(stmt);
                    return new PyTuple([Py.None, Int(rc), new PyStr(rest)]);
                }
                var s = new SqliteStmt(stmt, db);
                db.Statements.Add(s);
                return new PyTuple([s, Int(rc), new PyStr(rest)]);
            }
            finally
            {
                Marshal.FreeHGlobal(buf);
            }
        });
    }

    private static void DefineStatementFunctions(PyDict d)
    {
        Fn(d, "finalize", 1, a => Int(SqliteHandleTypes.AsStmt(a[0]).FinalizeNow()));
        Fn(d, "is_live", 1, a =>
        {
            var s = SqliteHandleTypes.AsStmt(a[0]);
            return Py.Bool(s.Stmt != IntPtr.Zero && s.Owner.Db != IntPtr.Zero);
        });
        Fn(d, "step", 1, a => Int(SqliteGil.Step(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "reset", 1, a => Int(LibSqlite.Reset(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "clear_bindings", 1, a => Int(LibSqlite.ClearBindings(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "readonly", 1, a => Py.Bool(LibSqlite.StmtReadonly(SqliteHandleTypes.AsStmt(a[0]).Handle) != 0));
        Fn(d, "busy", 1, a => Py.Bool(LibSqlite.StmtBusy(SqliteHandleTypes.AsStmt(a[0]).Handle) != 0));
        Fn(d, "bind_count", 1, a => Int(LibSqlite.BindParameterCount(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "bind_name", 2, a => Str(LibSqlite.Utf8At(LibSqlite.BindParameterName(SqliteHandleTypes.AsStmt(a[0]).Handle, AsInt(a[1])))));
        // bind(stmt, index, value) -> rc, or -1 when the value's type cannot be stored.
        Fn(d, "bind", 3, a => Int(Bind(SqliteHandleTypes.AsStmt(a[0]).Handle, AsInt(a[1]), a[2])));
        Fn(d, "column_count", 1, a => Int(LibSqlite.ColumnCount(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "data_count", 1, a => Int(LibSqlite.DataCount(SqliteHandleTypes.AsStmt(a[0]).Handle)));
        Fn(d, "column_name", 2, a => Str(LibSqlite.Utf8At(LibSqlite.ColumnName(SqliteHandleTypes.AsStmt(a[0]).Handle, AsInt(a[1])))));
        Fn(d, "column_decltype", 2, a => Str(LibSqlite.Utf8At(LibSqlite.ColumnDecltype(SqliteHandleTypes.AsStmt(a[0]).Handle, AsInt(a[1])))));
        // column_raw(stmt, i) -> bytes, or None where sqlite3_column_blob is NULL (what converters receive).
        Fn(d, "column_raw", 2, a =>
        {
            var st = SqliteHandleTypes.AsStmt(a[0]).Handle;
            int i = AsInt(a[1]);
            if (i < 0 || i >= LibSqlite.DataCount(st)) return Py.None;
            var p = LibSqlite.ColumnBlob(st, i);
            return p == IntPtr.Zero ? Py.None : new PyBytes(LibSqlite.BytesAt(p, LibSqlite.ColumnBytes(st, i)));
        });
        // row(stmt, text_factory) -> tuple of the current row. text_factory None decodes TEXT as UTF-8
        // (None is returned when a value is not UTF-8), bytes keeps the bytes, anything else is called.
        Fn(d, "row", 2, a => Row(SqliteHandleTypes.AsStmt(a[0]).Handle, a[1]));
        // run_many(stmt, iterator, is_dml) -> (status, payload, changes): executemany's loop for statements
        // without result columns. status 0: iterator exhausted; 1: payload is a parameter set the Python
        // path must bind; 2: step failed with rc = payload (statement not reset); 3: step gave a row.
        // changes: rows changed by the sets completed here (when is_dml).
        Fn(d, "run_many", 3, a =>
        {
            var st = SqliteHandleTypes.AsStmt(a[0]);
            var handle = st.Handle;
            var db = st.Owner.Handle;
            bool isDml = Ops.IsTrue(a[2]);
            long changes = 0;
            while (true)
            {
                var parameters = Ops.Next(a[1]);
                if (parameters == null) return new PyTuple([Int(0), Py.None, Int(changes)]);
                if (BindSimple(handle, parameters) != 0) return new PyTuple([Int(1), parameters, Int(changes)]);
                int rc = SqliteGil.Step(handle);
                if (rc == LibSqlite.Row) return new PyTuple([Int(3), Py.None, Int(changes)]);
                if (rc != LibSqlite.Done) return new PyTuple([Int(2), Int(rc), Int(changes)]);
                if (isDml) changes += LibSqlite.Changes(db);
                LibSqlite.Reset(handle);
            }
        });
        // bind_simple(stmt, params) -> 0 when every value of a tuple/list of exact None/int/float/str
        // was bound; -1 when the Python path must bind (adaptation, other types, errors, count mismatch).
        Fn(d, "bind_simple", 2, a => Int(BindSimple(SqliteHandleTypes.AsStmt(a[0]).Handle, a[1])));
        // fetch(stmt, text_factory, max) -> (rows, rc): the current row and the following ones, stepping
        // after each; stops when a step does not give a row (rc) or after max rows (rc 100). rc -1: a
        // TEXT value is not UTF-8 (that row is not consumed).
        Fn(d, "fetch", 3, a =>
        {
            var st = SqliteHandleTypes.AsStmt(a[0]).Handle;
            long max = Ops.ToLong(a[2]);
            var rows = new List<PyObject>();
            int rc = LibSqlite.Row;
            while (rows.Count < max)
            {
                var row = Row(st, a[1]);
                if (row is PyNone) { rc = -1; break; }
                rows.Add(row);
                rc = SqliteGil.Step(st);
                if (rc != LibSqlite.Row) break;
            }
            return new PyTuple([new PyList(rows), Int(rc)]);
        });
    }

    private static int BindSimple(IntPtr st, PyObject parameters)
    {
        PyObject[] items;
        int count;
        if (parameters is PyTuple t && ReferenceEquals(t.Type, PyTypes.Tuple)) { items = t.Items; count = items.Length; }
        else if (parameters is PyList l && ReferenceEquals(l.Type, PyTypes.List)) { items = l.Items; count = l.Count; }
        else return -1;
        if (count != LibSqlite.BindParameterCount(st)) return -1;
        for (int i = 0; i < count; i++)
        {
            var v = items[i];
            bool simple = v is PyNone || (v is PyInt n && ReferenceEquals(n.Type, PyTypes.Int) && !n.IsBig)
                || (v is PyFloat f && ReferenceEquals(f.Type, PyTypes.Float))
                || (v is PyStr s && ReferenceEquals(s.Type, PyTypes.Str));
            if (!simple) return -1;
        }
        for (int i = 0; i < count; i++)
        {
            try
            {
                if (Bind(st, i + 1, items[i]) != LibSqlite.Ok) return -1;
            }
            catch (PythonException)
            {
                return -1;   // e.g. a lone surrogate: the Python path raises CPython's error
            }
        }
        return 0;
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(false, true);

    private static PyObject Row(IntPtr st, PyObject textFactory)
    {
        int n = LibSqlite.DataCount(st);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            switch (LibSqlite.ColumnType(st, i))
            {
                case LibSqlite.Integer: items[i] = Int(LibSqlite.ColumnInt64(st, i)); break;
                case LibSqlite.Float: items[i] = new PyFloat(LibSqlite.ColumnDouble(st, i)); break;
                case LibSqlite.Text:
                {
                    var p = LibSqlite.ColumnText(st, i);
                    var bytes = LibSqlite.BytesAt(p, LibSqlite.ColumnBytes(st, i));
                    if (textFactory is not PyNone)
                    {
                        items[i] = ReferenceEquals(textFactory, PyTypes.Bytes) ? new PyBytes(bytes)
                            : Ops.Call(textFactory, new PyBytes(bytes));
                        break;
                    }
                    try
                    {
                        items[i] = new PyStr(StrictUtf8.GetString(bytes));
                    }
                    catch (System.Text.DecoderFallbackException)
                    {
                        return Py.None;
                    }
                    break;
                }
                case LibSqlite.Blob:
                {
                    var p = LibSqlite.ColumnBlob(st, i);
                    items[i] = new PyBytes(LibSqlite.BytesAt(p, LibSqlite.ColumnBytes(st, i)));
                    break;
                }
                default: items[i] = Py.None; break;
            }
        }
        return new PyTuple(items);
    }

    // CPython 3.11: Modules/_sqlite/cursor.c bind_param
    internal static int Bind(IntPtr st, int i, PyObject v)
    {
        switch (v)
        {
            case PyNone: return LibSqlite.BindNull(st, i);
            case PyInt n:
                if (n.IsBig) throw new PythonException(PyExc.OverflowError("Python int too large to convert to SQLite INTEGER"));
                return LibSqlite.BindInt64(st, i, n.Value);
            case PyFloat f: return LibSqlite.BindDouble(st, i, f.Value);
            case PyStr s:
            {
                var z = LibSqlite.Utf8Z(s.Value);
                return LibSqlite.BindText(st, i, z, z.Length - 1, LibSqlite.Transient);
            }
            case PyBytes b:
                return b.Value.Length == 0 ? LibSqlite.BindZeroBlob(st, i, 0)
                    : LibSqlite.BindBlob(st, i, b.Value, b.Value.Length, LibSqlite.Transient);
            case PyByteArray ba:
            {
                var bytes = ba.Value.ToArray();
                return bytes.Length == 0 ? LibSqlite.BindZeroBlob(st, i, 0)
                    : LibSqlite.BindBlob(st, i, bytes, bytes.Length, LibSqlite.Transient);
            }
            default: return -1;
        }
    }
}
