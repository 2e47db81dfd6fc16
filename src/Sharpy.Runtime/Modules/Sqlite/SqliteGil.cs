using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Modules.Threads;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// Releases the GIL around SQLite calls that may block on another connection's lock (step, prepare,
/// exec, backup), as CPython's Py_BEGIN_ALLOW_THREADS does, so a thread waiting in SQLite's busy
/// handler cannot stall the Python thread that holds the lock. User callbacks run inside those calls
/// and take the GIL back for their duration. Nothing happens while the program has one thread.
/// </summary>
internal static class SqliteGil
{
    /// <summary>The GIL this thread dropped for the SQLite call in progress (null: still held or none).</summary>
    [ThreadStatic] private static Gil? _released;

    public static Gil? Release()
    {
        var gil = PythonRuntime.CurrentOrNull?.Gil;
        if (gil == null) return null;
        gil.Drop();
        _released = gil;
        return gil;
    }

    public static void Reacquire(Gil? gil)
    {
        if (gil == null) return;
        _released = null;
        gil.Take();
    }

    /// <summary>At the start of a callback: take the GIL back if the surrounding SQLite call released it.</summary>
    public static Gil? EnterCallback()
    {
        var gil = _released;
        if (gil == null) return null;
        _released = null;
        gil.Take();
        return gil;
    }

    public static void LeaveCallback(Gil? gil)
    {
        if (gil == null) return;
        gil.Drop();
        _released = gil;
    }

    public static int Step(IntPtr stmt)
    {
        var gil = Release();
        try { return LibSqlite.Step(stmt); }
        finally { Reacquire(gil); }
    }

    public static int Prepare(IntPtr db, IntPtr sql, int nBytes, out IntPtr stmt, out IntPtr tail)
    {
        var gil = Release();
        try { return LibSqlite.PrepareV2(db, sql, nBytes, out stmt, out tail); }
        finally { Reacquire(gil); }
    }

    public static int Exec(IntPtr db, byte[] sql)
    {
        var gil = Release();
        try { return LibSqlite.Exec(db, sql, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero); }
        finally { Reacquire(gil); }
    }
}
