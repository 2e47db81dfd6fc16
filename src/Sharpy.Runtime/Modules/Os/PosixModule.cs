using System.Buffers.Binary;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Os;

/// <summary>
/// The native <c>posix</c> module: thin, positional-only wrappers over libc. <c>lib/os.py</c> builds
/// CPython's <c>os</c> API (stat_result, DirEntry, environ, walk, keyword arguments...) on top of it,
/// the way CPython's os.py sits over posixmodule.c. Paths arrive here already converted by os.fspath.
/// </summary>
public static class PosixModule
{
    private const string Mod = "posix";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("stat", (a, k) => Stat(Path(a, 0, "stat", 2), a.Length < 2 || Ops.IsTrue(a[1])), Mod);
        d.DefFunction("getcwd", (a, k) =>
        {
            if (a.Length != 0) throw new PythonException(PyExc.TypeError($"posix.getcwd() takes no arguments ({a.Length} given)"));
            return new PyStr(Directory.GetCurrentDirectory());
        }, Mod);
        d.DefFunction("chdir", (a, k) => Check(LibC.ChDir(Path(a, 0, "chdir", 1)), a[0]), Mod);
        d.DefFunction("listdir", (a, k) => ListDir(Path(a, 0, "listdir", 1), a[0]), Mod);
        d.DefFunction("mkdir", (a, k) => Check(LibC.MkDir(Path(a, 0, "mkdir", 2), a.Length > 1 ? (uint)Ops.ToLong(a[1]) : 0x1FFu), a[0]), Mod);
        d.DefFunction("rmdir", (a, k) => Check(LibC.RmDir(Path(a, 0, "rmdir", 1)), a[0]), Mod);
        d.DefFunction("unlink", (a, k) => Check(LibC.Unlink(Path(a, 0, "unlink", 1)), a[0]), Mod);
        d.DefFunction("rename", (a, k) => Check(LibC.Rename(Path(a, 0, "rename", 2), Path(a, 1, "rename", 2)), a[0], a[1]), Mod);
        d.DefFunction("symlink", (a, k) => Check(LibC.SymLink(Path(a, 0, "symlink", 2), Path(a, 1, "symlink", 2)), a[0], a[1]), Mod);
        d.DefFunction("chmod", (a, k) => Check(LibC.ChMod(Path(a, 0, "chmod", 2), (uint)Ops.ToLong(a[1])), a[0]), Mod);
        d.DefFunction("readlink", (a, k) => ReadLink(Path(a, 0, "readlink", 1), a[0]), Mod);
        d.DefFunction("access", (a, k) => Py.Bool(LibC.Access(Path(a, 0, "access", 2), (int)Ops.ToLong(a[1])) == 0), Mod);
        d.DefFunction("utime", (a, k) => UTime(a), Mod);
        d.DefFunction("umask", (a, k) => PyInt.From(LibC.UMask((uint)Ops.ToLong(a[0]))), Mod);
        d.DefFunction("getpid", (a, k) => PyInt.From(Environment.ProcessId), Mod);
        d.DefFunction("_exit", (a, k) =>
        {
            // os._exit: leave at once, without atexit handlers or flushing Python's buffers (CPython: _exit(2)).
            var p = ArgParser.Parse("_exit", a, k, ["status"], [], 1, posOnlyCount: 1);
            Environment.Exit((int)Ops.AsIndex(p[0]!));
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("getppid", (a, k) => PyInt.From(LibC.GetPPid()), Mod);
        d.DefFunction("getuid", (a, k) => PyInt.From((long)LibC.GetUid()), Mod);
        d.DefFunction("geteuid", (a, k) => PyInt.From((long)LibC.GetEUid()), Mod);
        d.DefFunction("getgid", (a, k) => PyInt.From((long)LibC.GetGid()), Mod);
        d.DefFunction("getegid", (a, k) => PyInt.From((long)LibC.GetEGid()), Mod);
        d.DefFunction("cpu_count", (a, k) => PyInt.From(Environment.ProcessorCount), Mod);
        d.DefFunction("strerror", (a, k) => new PyStr(LibC.StrError((int)Ops.ToLong(a[0]))), Mod);
        d.DefFunction("urandom", (a, k) =>
        {
            long n = Ops.ToLong(a[0]);
            if (n < 0) throw new PythonException(PyExc.ValueError("negative argument not allowed"));
            return new PyBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes((int)n));
        }, Mod);
        // .NET keeps its own copy of the environment on Unix: update both it and libc's (which
        // localtime/tzset and child processes read).
        d.DefFunction("putenv", (a, k) =>
        {
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"putenv expected 2 arguments, got {a.Length}"));
            string name = EnvName(a[0]);
            if (a[1] is not PyStr value) throw new PythonException(PyExc.TypeError($"str expected, not {a[1].Type.Name}"));
            if (value.Value.Contains('\0')) throw new PythonException(PyExc.ValueError("embedded null byte"));
            if (LibC.SetEnv(name, value.Value, 1) != 0) throw Error(LibC.LastErrno);
            Environment.SetEnvironmentVariable(name, value.Value);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("unsetenv", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"unsetenv() takes exactly one argument ({a.Length} given)"));
            string name = EnvName(a[0]);
            if (LibC.UnsetEnv(name) != 0) throw Error(LibC.LastErrno);
            Environment.SetEnvironmentVariable(name, null);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("_environ", (a, k) =>
        {
            var env = new PyDict();
            foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
                env.SetItem(new PyStr((string)e.Key), new PyStr((string?)e.Value ?? ""));
            return env;
        }, Mod);
        PosixFdFunctions.Register(d);
        return m;
    }

    private static string EnvName(PyObject o)
    {
        if (o is not PyStr s) throw new PythonException(PyExc.TypeError($"str expected, not {o.Type.Name}"));
        string name = s.Value;
        // CPython 3.11: posixmodule.c os_putenv_impl — names with '=' are rejected.
        if (name.Length == 0 || name.Contains('=')) throw new PythonException(PyExc.ValueError("illegal environment variable name"));
        if (name.Contains('\0')) throw new PythonException(PyExc.ValueError("embedded null byte"));
        return name;
    }

    private static string Path(ReadOnlySpan<PyObject> a, int i, string fn, int max)
    {
        if (a.Length <= i || a.Length > max) throw new PythonException(PyExc.TypeError($"{fn}() takes {max} arguments ({a.Length} given)"));
        if (a[i] is PyStr s)
        {
            if (s.Value.Contains('\0')) throw new PythonException(PyExc.ValueError($"{fn}: embedded null character in path"));
            return s.Value;
        }
        if (a[i] is PyBytes b) return System.Text.Encoding.UTF8.GetString(b.Value);
        throw new PythonException(PyExc.TypeError($"{fn}: path should be string, bytes or os.PathLike, not {a[i].Type.Name}"));
    }

    /// <summary>Raises CPython's OSError subclass for errno with the file name(s), like PyErr_SetFromErrnoWithFilenameObjects.</summary>
    internal static PythonException Error(int errno, PyObject? file = null, PyObject? file2 = null)
    {
        var msg = new PyStr(LibC.StrError(errno));
        PyObject exc = file == null ? Ops.Call(PyExc.OSErrorType, PyInt.From(errno), msg)
            : file2 == null ? Ops.Call(PyExc.OSErrorType, PyInt.From(errno), msg, file)
            : Ops.Call(PyExc.OSErrorType, new[] { PyInt.From(errno), msg, file, PyInt.From(0), file2 }, null);
        return new PythonException((PyBaseException)exc);
    }

    private static PyObject Check(int rc, PyObject file, PyObject? file2 = null)
    {
        if (rc != 0) throw Error(LibC.LastErrno, file, file2);
        return PyNone.Instance;
    }

    // struct stat on Linux x86-64 (glibc): field offsets in bytes.
    private static PyObject Stat(string path, bool follow)
    {
        var buf = new byte[256];
        int rc = follow ? LibC.Stat(path, buf) : LibC.LStat(path, buf);
        if (rc != 0) throw Error(LibC.LastErrno, new PyStr(path));
        return StatTuple(buf);
    }

    /// <summary>posix.stat's 13-tuple from a struct stat (x86-64 glibc layout).</summary>
    internal static PyObject StatTuple(byte[] buf)
    {
        long L(int off) => BinaryPrimitives.ReadInt64LittleEndian(buf.AsSpan(off));
        uint U(int off) => BinaryPrimitives.ReadUInt32LittleEndian(buf.AsSpan(off));
        static PyObject Ns(long sec, long nsec) => PyInt.From(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);
        return PyTuple.Of(
            PyInt.From(U(24)), PyInt.From(L(8)), PyInt.From(L(0)), PyInt.From(L(16)), PyInt.From(U(28)), PyInt.From(U(32)),
            PyInt.From(L(48)), Ns(L(72), L(80)), Ns(L(88), L(96)), Ns(L(104), L(112)),
            PyInt.From(L(56)), PyInt.From(L(64)), PyInt.From(L(40)));
    }

    private static PyObject ListDir(string path, PyObject file)
    {
        IntPtr dir = LibC.OpenDir(path);
        if (dir == IntPtr.Zero) throw Error(LibC.LastErrno, file);
        LibC.CloseDir(dir);
        var names = new List<PyObject>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(path.Length == 0 ? "." : path))
            names.Add(new PyStr(System.IO.Path.GetFileName(entry)));
        return new PyList(names);
    }

    private static PyObject ReadLink(string path, PyObject file)
    {
        var buf = new byte[4096];
        nint n = LibC.ReadLink(path, buf, buf.Length);
        if (n < 0) throw Error(LibC.LastErrno, file);
        string target = System.Text.Encoding.UTF8.GetString(buf, 0, (int)n);
        return file is PyBytes ? new PyBytes(buf[..(int)n]) : new PyStr(target);
    }

    /// <summary>utime(path, atime_ns | None, mtime_ns | None, follow_symlinks): None pair = now.</summary>
    private static PyObject UTime(ReadOnlySpan<PyObject> a)
    {
        string path = Path(a, 0, "utime", 4);
        long[]? times = null;
        if (a.Length >= 3 && a[1] is not PyNone)
        {
            var at = Ops.ToBig(a[1]); var mt = Ops.ToBig(a[2]);
            times = new long[4];
            times[0] = (long)System.Numerics.BigInteger.DivRem(at, 1_000_000_000, out var atr); times[1] = (long)atr;
            times[2] = (long)System.Numerics.BigInteger.DivRem(mt, 1_000_000_000, out var mtr); times[3] = (long)mtr;
            if (times[1] < 0) { times[0]--; times[1] += 1_000_000_000; }
            if (times[3] < 0) { times[2]--; times[3] += 1_000_000_000; }
        }
        bool follow = a.Length < 4 || Ops.IsTrue(a[3]);
        // CPython reports utime's failure without the file name (posixmodule.c: "not putting filename in error").
        if (LibC.UTimeNsAt(LibC.AtFdCwd, path, times, follow ? 0 : LibC.AtSymlinkNoFollow) != 0) throw Error(LibC.LastErrno);
        return PyNone.Instance;
    }
}
