using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>An open <c>sqlite3*</c> connection as an opaque Python object; Db is zero once closed.</summary>
internal sealed class SqliteDb(IntPtr db) : PyObject(SqliteHandleTypes.Db)
{
    public IntPtr Db = db;
    /// <summary>Statements not yet finalized: closing the connection finalizes them first.</summary>
    public readonly HashSet<SqliteStmt> Statements = new(ReferenceEqualityComparer.Instance);
    /// <summary>Python callables SQLite holds for trace/authorizer/progress hooks, freed on replace or close.</summary>
    public readonly Dictionary<string, System.Runtime.InteropServices.GCHandle> Hooks = new();

    public IntPtr Handle => Db != IntPtr.Zero ? Db
        : throw new PythonException(PyExc.ValueError("sqlite3 connection handle is closed"));
}

/// <summary>A prepared <c>sqlite3_stmt*</c>; Stmt is zero once finalized (directly or by closing its connection).</summary>
internal sealed class SqliteStmt(IntPtr stmt, SqliteDb owner) : PyObject(SqliteHandleTypes.Stmt)
{
    public IntPtr Stmt = stmt;
    public readonly SqliteDb Owner = owner;

    public IntPtr Handle => Stmt != IntPtr.Zero && Owner.Db != IntPtr.Zero ? Stmt
        : throw new PythonException(PyExc.ValueError("sqlite3 statement handle is finalized"));

    public int FinalizeNow()
    {
        if (Stmt == IntPtr.Zero) return LibSqlite.Ok;
        int rc = LibSqlite.Finalize(Stmt);
        Stmt = IntPtr.Zero;
        Owner.Statements.Remove(this);
        return rc;
    }
}

internal static class SqliteHandleTypes
{
    public static readonly PyType Db = PyTypes.NewBuiltin("connection_handle", PyTypes.Object, "_sqlite3",
        _ => throw new PythonException(PyExc.TypeError("cannot create '_sqlite3.connection_handle' instances")));

    public static readonly PyType Stmt = PyTypes.NewBuiltin("statement_handle", PyTypes.Object, "_sqlite3",
        _ => throw new PythonException(PyExc.TypeError("cannot create '_sqlite3.statement_handle' instances")));

    public static SqliteDb AsDb(PyObject o) => o as SqliteDb
        ?? throw new PythonException(PyExc.TypeError($"expected a _sqlite3.connection_handle, not '{o.Type.Name}'"));

    public static SqliteStmt AsStmt(PyObject o) => o as SqliteStmt
        ?? throw new PythonException(PyExc.TypeError($"expected a _sqlite3.statement_handle, not '{o.Type.Name}'"));
}
