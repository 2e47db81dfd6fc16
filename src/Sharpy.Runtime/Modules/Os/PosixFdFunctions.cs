using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Os;

/// <summary>
/// posix's file-descriptor and system-information functions: open, close, read, write, lseek, pipe, isatty,
/// get_terminal_size, statvfs, confstr.
/// Used by lib/tempfile.py (mkstemp), lib/shutil.py (get_terminal_size, disk_usage) and lib/platform.py (confstr).
/// </summary>
internal static class PosixFdFunctions
{
    private const string Mod = "posix";

    public static void Register(PyDict d)
    {
        // CPython 3.11: posixmodule.c os_open_impl — O_CLOEXEC is always added.
        d.DefFunction("open", (a, k) =>
        {
            if (a.Length < 2 || a.Length > 3) throw new PythonException(PyExc.TypeError($"open() takes 2 or 3 arguments ({a.Length} given)"));
            string path = PathArg(a[0], "open");
            int flags = (int)Ops.ToLong(a[1]) | 0x80000;
            uint mode = a.Length > 2 ? (uint)Ops.ToLong(a[2]) : 0x1FFu;
            int fd = LibCFd.Open(path, flags, mode);
            if (fd < 0) throw PosixModule.Error(LibC.LastErrno, a[0]);
            return PyInt.From(fd);
        }, Mod);
        d.DefFunction("fstat", (a, k) =>
        {
            var buf = new byte[256];
            if (LibCFd.FStat(Fd(a, "fstat", 1), buf) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PosixModule.StatTuple(buf);
        }, Mod);
        // CPython 3.11: os_pipe_impl — both ends are non-inheritable (O_CLOEXEC).
        d.DefFunction("pipe", (a, k) =>
        {
            if (a.Length != 0) throw new PythonException(PyExc.TypeError($"pipe() takes no arguments ({a.Length} given)"));
            var fds = new int[2];
            if (LibCFd.Pipe2(fds, 0x80000) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
        }, Mod);
        d.DefFunction("fsync", (a, k) =>
        {
            if (LibCFd.FSync(Fd(a, "fsync", 1)) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("ftruncate", (a, k) =>
        {
            if (LibCFd.FTruncate(Fd(a, "ftruncate", 2), Ops.ToLong(a[1])) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("truncate", (a, k) =>
        {
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"truncate() takes exactly 2 arguments ({a.Length} given)"));
            if (LibCFd.Truncate(PathArg(a[0], "truncate"), Ops.ToLong(a[1])) != 0) throw PosixModule.Error(LibC.LastErrno, a[0]);
            return PyNone.Instance;
        }, Mod);
        // CPython 3.11: os_mkfifo_impl (dir_fd is not supported here: it stays None).
        d.DefFunction("mkfifo", (a, k) =>
        {
            var p = ArgParser.Parse("mkfifo", a, k, ["path", "mode"], ["dir_fd"], required: 1);
            if (p[2] is not (null or PyNone)) throw new PythonException(PyExc.NotImplementedError("dir_fd unavailable on this platform"));
            uint mode = p[1] is null ? 0x1B6u : (uint)Ops.ToInt(p[1]!);
            if (LibCFd.MkFifo(PathArg(p[0]!, "mkfifo"), mode) != 0) throw PosixModule.Error(LibC.LastErrno, p[0]!);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("link", (a, k) =>
        {
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"link() takes exactly 2 arguments ({a.Length} given)"));
            if (LibCFd.Link(PathArg(a[0], "link"), PathArg(a[1], "link")) != 0) throw PosixModule.Error(LibC.LastErrno, a[0], a[1]);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("kill", (a, k) =>
        {
            if (a.Length != 2) throw new PythonException(PyExc.TypeError($"kill expected 2 arguments, got {a.Length}"));
            int pid = (int)Ops.ToLong(a[0]), signum = (int)Ops.ToLong(a[1]);
            if (LibCFd.Kill(pid, signum) != 0) throw PosixModule.Error(LibC.LastErrno);
            // A signal sent to this process has had its Python handler run when kill() returns, as in CPython.
            if ((pid == Environment.ProcessId || pid == 0) && signum is > 0 and < Signal.PendingSignals.NSIG)
                Signal.PendingSignals.AwaitOwnSignal(signum);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("uname", (a, k) =>
        {
            var buf = new byte[6 * 65];
            if (LibCFd.UName(buf) != 0) throw PosixModule.Error(LibC.LastErrno);
            var fields = new PyObject[5];
            for (int i = 0; i < 5; i++)
            {
                var field = buf.AsSpan(i * 65, 65);
                int end = field.IndexOf((byte)0);
                fields[i] = new PyStr(System.Text.Encoding.UTF8.GetString(end < 0 ? field : field[..end]));
            }
            return PyTuple.Create(fields);
        }, Mod);
        d.DefFunction("getloadavg", (a, k) =>
        {
            var loads = new double[3];
            if (LibCFd.GetLoadAvg(loads, 3) != 3) throw new PythonException(PyExc.OSError("Load averages are unobtainable"));
            return PyTuple.Of(new PyFloat(loads[0]), new PyFloat(loads[1]), new PyFloat(loads[2]));
        }, Mod);
        d.DefFunction("close", (a, k) =>
        {
            if (LibCFd.Close(Fd(a, "close", 1)) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("read", (a, k) =>
        {
            int fd = Fd(a, "read", 2);
            long n = Ops.ToLong(a[1]);
            if (n < 0) throw new PythonException(PyExc.ValueError("negative count"));
            // Never allocate more than the file could hold in one .NET array; read() may return less.
            var buf = new byte[Math.Min(n, Array.MaxLength)];
            nint got = LibCFd.Read(fd, buf, buf.Length);
            if (got < 0) throw PosixModule.Error(LibC.LastErrno);
            return new PyBytes(buf[..(int)got]);
        }, Mod);
        d.DefFunction("write", (a, k) =>
        {
            int fd = Fd(a, "write", 2);
            byte[] data = a[1] switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.Value.ToArray(),
                _ => throw new PythonException(PyExc.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'")),
            };
            nint wrote = LibCFd.Write(fd, data, data.Length);
            if (wrote < 0) throw PosixModule.Error(LibC.LastErrno);
            return PyInt.From((long)wrote);
        }, Mod);
        d.DefFunction("lseek", (a, k) =>
        {
            int fd = Fd(a, "lseek", 3);
            long pos = LibCFd.LSeek(fd, Ops.ToLong(a[1]), (int)Ops.ToLong(a[2]));
            if (pos < 0) throw PosixModule.Error(LibC.LastErrno);
            return PyInt.From(pos);
        }, Mod);
        d.DefFunction("isatty", (a, k) => Py.Bool(LibCFd.IsATty(Fd(a, "isatty", 1)) == 1), Mod);
        // CPython's statvfs_result order: f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
        // f_favail, f_flag, f_namemax, then f_fsid (struct statvfs on x86-64 glibc: fsid sits before flag).
        d.DefFunction("statvfs", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"statvfs() takes exactly one argument ({a.Length} given)"));
            var buf = new ulong[16];
            if (LibCFd.StatVfs(PathArg(a[0], "statvfs"), buf) != 0) throw PosixModule.Error(LibC.LastErrno, a[0]);
            PyObject F(int i) => PyInt.From(new System.Numerics.BigInteger(buf[i]));
            return PyTuple.Of(F(0), F(1), F(2), F(3), F(4), F(5), F(6), F(7), F(9), F(10), F(8));
        }, Mod);
        // confstr(int) -> str or None; platform.libc_ver uses _CS_GNU_LIBC_VERSION (2).
        d.DefFunction("confstr", (a, k) =>
        {
            if (a.Length != 1 || a[0] is not PyInt) throw new PythonException(PyExc.TypeError("confstr() expects an integer configuration name"));
            int name = (int)Ops.ToLong(a[0]);
            nuint needed = LibCFd.ConfStr(name, null, 0);
            if (needed == 0)
            {
                int errno = LibC.LastErrno;
                if (errno != 0) throw PosixModule.Error(errno);
                return PyNone.Instance;
            }
            var buf = new byte[(int)needed];
            LibCFd.ConfStr(name, buf, needed);
            return new PyStr(System.Text.Encoding.UTF8.GetString(buf, 0, (int)needed - 1));
        }, Mod);
        d.DefFunction("get_terminal_size", (a, k) =>
        {
            int fd = a.Length > 0 ? (int)Ops.ToLong(a[0]) : 1;
            var ws = new ushort[4];
            if (LibCFd.IoctlWinSize(fd, LibCFd.TiocGWinSz, ws) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyTuple.Of(PyInt.From(ws[1]), PyInt.From(ws[0]));
        }, Mod);
    }

    private static int Fd(ReadOnlySpan<PyObject> a, string fn, int count)
    {
        if (a.Length != count) throw new PythonException(PyExc.TypeError($"{fn} expected {count} argument{(count == 1 ? "" : "s")}, got {a.Length}"));
        if (a[0] is not PyInt) throw new PythonException(PyExc.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
        return (int)Ops.ToLong(a[0]);
    }

    private static string PathArg(PyObject o, string fn)
    {
        if (o is PyStr s)
        {
            if (s.Value.Contains('\0')) throw new PythonException(PyExc.ValueError($"{fn}: embedded null character in path"));
            return s.Value;
        }
        if (o is PyBytes b) return System.Text.Encoding.UTF8.GetString(b.Value);
        throw new PythonException(PyExc.TypeError($"{fn}: path should be string, bytes or os.PathLike, not {o.Type.Name}"));
    }
}
