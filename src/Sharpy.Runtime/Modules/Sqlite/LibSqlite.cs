using System.Runtime.InteropServices;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// P/Invokes into the system SQLite (libsqlite3.so.0, the library CPython's _sqlite3 links), so
/// SQL semantics and error messages are SQLite's own. Strings cross as NUL-terminated UTF-8.
/// </summary>
internal static class LibSqlite
{
    private const string Lib = "libsqlite3.so.0";

    public const int Ok = 0, Error = 1, Misuse = 21, Range = 25, Row = 100, Done = 101;
    public const int Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5;
    public const int Utf8 = 1, Deterministic = 0x800;
    public const int OpenReadWrite = 0x2, OpenCreate = 0x4, OpenUri = 0x40;

    /// <summary>SQLITE_TRANSIENT: SQLite copies the buffer before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] public delegate void FunctionCallback(IntPtr ctx, int argc, IntPtr argv);
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] public delegate void FinalCallback(IntPtr ctx);
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] public delegate void DestroyCallback(IntPtr data);
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)] public delegate int CompareCallback(IntPtr data, int len1, IntPtr s1, int len2, IntPtr s2);

    [DllImport(Lib, EntryPoint = "sqlite3_libversion")] public static extern IntPtr LibVersion();
    [DllImport(Lib, EntryPoint = "sqlite3_threadsafe")] public static extern int ThreadSafe();
    [DllImport(Lib, EntryPoint = "sqlite3_open_v2")] public static extern int OpenV2(byte[] filename, out IntPtr db, int flags, IntPtr vfs);
    [DllImport(Lib, EntryPoint = "sqlite3_close_v2")] public static extern int CloseV2(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_errmsg")] public static extern IntPtr ErrMsg(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_extended_errcode")] public static extern int ExtendedErrCode(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_errstr")] public static extern IntPtr ErrStr(int rc);
    [DllImport(Lib, EntryPoint = "sqlite3_changes")] public static extern int Changes(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_total_changes")] public static extern int TotalChanges(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_last_insert_rowid")] public static extern long LastInsertRowId(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_get_autocommit")] public static extern int GetAutocommit(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_busy_timeout")] public static extern int BusyTimeout(IntPtr db, int ms);
    [DllImport(Lib, EntryPoint = "sqlite3_interrupt")] public static extern void Interrupt(IntPtr db);
    [DllImport(Lib, EntryPoint = "sqlite3_limit")] public static extern int Limit(IntPtr db, int id, int newVal);
    [DllImport(Lib, EntryPoint = "sqlite3_exec")] public static extern int Exec(IntPtr db, byte[] sql, IntPtr cb, IntPtr arg, IntPtr errmsg);
    [DllImport(Lib, EntryPoint = "sqlite3_complete")] public static extern int Complete(byte[] sql);

    [DllImport(Lib, EntryPoint = "sqlite3_prepare_v2")] public static extern int PrepareV2(IntPtr db, IntPtr sql, int nBytes, out IntPtr stmt, out IntPtr tail);
    [DllImport(Lib, EntryPoint = "sqlite3_finalize")] public static extern int Finalize(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_reset")] public static extern int Reset(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_clear_bindings")] public static extern int ClearBindings(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_step")] public static extern int Step(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_stmt_readonly")] public static extern int StmtReadonly(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_stmt_busy")] public static extern int StmtBusy(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_parameter_count")] public static extern int BindParameterCount(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_parameter_name")] public static extern IntPtr BindParameterName(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_null")] public static extern int BindNull(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_int64")] public static extern int BindInt64(IntPtr stmt, int i, long v);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_double")] public static extern int BindDouble(IntPtr stmt, int i, double v);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_text")] public static extern int BindText(IntPtr stmt, int i, byte[] v, int n, IntPtr destructor);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_blob")] public static extern int BindBlob(IntPtr stmt, int i, byte[] v, int n, IntPtr destructor);
    [DllImport(Lib, EntryPoint = "sqlite3_bind_zeroblob")] public static extern int BindZeroBlob(IntPtr stmt, int i, int n);
    [DllImport(Lib, EntryPoint = "sqlite3_column_count")] public static extern int ColumnCount(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_data_count")] public static extern int DataCount(IntPtr stmt);
    [DllImport(Lib, EntryPoint = "sqlite3_column_name")] public static extern IntPtr ColumnName(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_decltype")] public static extern IntPtr ColumnDecltype(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_type")] public static extern int ColumnType(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_int64")] public static extern long ColumnInt64(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_double")] public static extern double ColumnDouble(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_text")] public static extern IntPtr ColumnText(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_blob")] public static extern IntPtr ColumnBlob(IntPtr stmt, int i);
    [DllImport(Lib, EntryPoint = "sqlite3_column_bytes")] public static extern int ColumnBytes(IntPtr stmt, int i);

    [DllImport(Lib, EntryPoint = "sqlite3_create_function_v2")]
    public static extern int CreateFunctionV2(IntPtr db, byte[] name, int nArg, int textRep, IntPtr app,
        IntPtr xFunc, IntPtr xStep, IntPtr xFinal, IntPtr xDestroy);
    [DllImport(Lib, EntryPoint = "sqlite3_create_collation_v2")]
    public static extern int CreateCollationV2(IntPtr db, byte[] name, int textRep, IntPtr arg, IntPtr xCompare, IntPtr xDestroy);
    [DllImport(Lib, EntryPoint = "sqlite3_user_data")] public static extern IntPtr UserData(IntPtr ctx);
    [DllImport(Lib, EntryPoint = "sqlite3_aggregate_context")] public static extern IntPtr AggregateContext(IntPtr ctx, int nBytes);
    [DllImport(Lib, EntryPoint = "sqlite3_value_type")] public static extern int ValueType(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_value_int64")] public static extern long ValueInt64(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_value_double")] public static extern double ValueDouble(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_value_text")] public static extern IntPtr ValueText(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_value_blob")] public static extern IntPtr ValueBlob(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_value_bytes")] public static extern int ValueBytes(IntPtr value);
    [DllImport(Lib, EntryPoint = "sqlite3_result_null")] public static extern void ResultNull(IntPtr ctx);
    [DllImport(Lib, EntryPoint = "sqlite3_result_int64")] public static extern void ResultInt64(IntPtr ctx, long v);
    [DllImport(Lib, EntryPoint = "sqlite3_result_double")] public static extern void ResultDouble(IntPtr ctx, double v);
    [DllImport(Lib, EntryPoint = "sqlite3_result_text")] public static extern void ResultText(IntPtr ctx, byte[] v, int n, IntPtr destructor);
    [DllImport(Lib, EntryPoint = "sqlite3_result_blob")] public static extern void ResultBlob(IntPtr ctx, byte[] v, int n, IntPtr destructor);
    [DllImport(Lib, EntryPoint = "sqlite3_result_zeroblob")] public static extern void ResultZeroBlob(IntPtr ctx, int n);
    [DllImport(Lib, EntryPoint = "sqlite3_result_error")] public static extern void ResultError(IntPtr ctx, byte[] msg, int n);
    [DllImport(Lib, EntryPoint = "sqlite3_result_error_toobig")] public static extern void ResultErrorTooBig(IntPtr ctx);

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="s"/> (lone surrogates raise UnicodeEncodeError).</summary>
    public static byte[] Utf8Z(string s)
    {
        var bytes = Objects.Codecs.Encode(s, "utf-8", "strict");
        var z = new byte[bytes.Length + 1];
        bytes.CopyTo(z, 0);
        return z;
    }

    public static string? Utf8At(IntPtr p) => p == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(p);

    public static byte[] BytesAt(IntPtr p, int n)
    {
        var b = new byte[Math.Max(0, n)];
        if (p != IntPtr.Zero && n > 0) Marshal.Copy(p, b, 0, n);
        return b;
    }
}
