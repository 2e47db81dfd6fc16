using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>Incremental BLOB I/O (<c>Connection.blobopen</c>): sqlite3_blob_* over an opaque handle.</summary>
// CPython 3.11: Modules/_sqlite/blob.c
internal static class SqliteBlobs
{
    private const string Lib = "libsqlite3.so.0";

    [DllImport(Lib, EntryPoint = "sqlite3_blob_open")]
    private static extern int BlobOpen(IntPtr db, byte[] dbName, byte[] table, byte[] column, long row, int flags, out IntPtr blob);
    [DllImport(Lib, EntryPoint = "sqlite3_blob_bytes")] private static extern int BlobBytes(IntPtr blob);
    [DllImport(Lib, EntryPoint = "sqlite3_blob_read")] private static extern int BlobRead(IntPtr blob, byte[] buf, int n, int offset);
    [DllImport(Lib, EntryPoint = "sqlite3_blob_write")] private static extern int BlobWrite(IntPtr blob, byte[] buf, int n, int offset);
    [DllImport(Lib, EntryPoint = "sqlite3_blob_close")] private static extern int BlobClose(IntPtr blob);

    private static readonly PyType BlobHandleType = PyTypes.NewBuiltin("blob_handle", PyTypes.Object, "_sqlite3",
        _ => throw new PythonException(PyExc.TypeError("cannot create '_sqlite3.blob_handle' instances")));

    private sealed class BlobHandle(IntPtr blob, SqliteDb owner) : PyObject(BlobHandleType)
    {
        public IntPtr Blob = blob;
        public readonly SqliteDb Owner = owner;
    }

    private static BlobHandle Of(PyObject o) => o is BlobHandle b && b.Blob != IntPtr.Zero && b.Owner.Db != IntPtr.Zero ? b
        : throw new PythonException(PyExc.ValueError("sqlite3 blob handle is closed"));

    public static void Define(PyDict d)
    {
        // blob_open(db, dbname, table, column, row, readonly) -> (blob or None, rc)
        d.DefFunction("blob_open", (a, k) =>
        {
            var db = SqliteHandleTypes.AsDb(a[0]);
            int rc = BlobOpen(db.Handle, LibSqlite.Utf8Z(Ops.StrString(a[1])), LibSqlite.Utf8Z(Ops.StrString(a[2])),
                LibSqlite.Utf8Z(Ops.StrString(a[3])), Ops.ToLong(a[4]), Ops.IsTrue(a[5]) ? 0 : 1, out var blob);
            if (rc != LibSqlite.Ok)
            {
                if (blob != IntPtr.Zero) BlobClose(blob);
                return new PyTuple([Py.None, PyInt.From(rc)]);
            }
            return new PyTuple([new BlobHandle(blob, db), PyInt.From(rc)]);
        }, "_sqlite3");
        d.DefFunction("blob_bytes", (a, k) => PyInt.From(BlobBytes(Of(a[0]).Blob)), "_sqlite3");
        // blob_read(blob, n, offset) -> bytes, or the error code as an int
        d.DefFunction("blob_read", (a, k) =>
        {
            var b = Of(a[0]);
            int n = (int)Ops.ToLong(a[1]), offset = (int)Ops.ToLong(a[2]);
            if (n < 0 || offset < 0) throw new PythonException(PyExc.ValueError("negative blob read"));
            var buf = new byte[n];
            int rc = n == 0 ? LibSqlite.Ok : BlobRead(b.Blob, buf, n, offset);
            return rc == LibSqlite.Ok ? new PyBytes(buf) : PyInt.From(rc);
        }, "_sqlite3");
        // blob_write(blob, data, offset) -> rc
        d.DefFunction("blob_write", (a, k) =>
        {
            var b = Of(a[0]);
            var data = a[1] is PyBytes bytes ? bytes.Value
                : throw new PythonException(PyExc.TypeError("blob_write() needs bytes"));
            int offset = (int)Ops.ToLong(a[2]);
            if (offset < 0) throw new PythonException(PyExc.ValueError("negative blob offset"));
            return PyInt.From(data.Length == 0 ? LibSqlite.Ok : BlobWrite(b.Blob, data, data.Length, offset));
        }, "_sqlite3");
        d.DefFunction("blob_close", (a, k) =>
        {
            if (a[0] is BlobHandle b && b.Blob != IntPtr.Zero)
            {
                if (b.Owner.Db != IntPtr.Zero) BlobClose(b.Blob);
                b.Blob = IntPtr.Zero;
            }
            return Py.None;
        }, "_sqlite3");
    }
}
