using System.Runtime.InteropServices;
using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Resource;

/// <summary>
/// <c>_sharpy_resource</c>: libc's getrlimit/setrlimit/prlimit/getrusage/getpagesize (Linux x86-64 layouts) for
/// lib/resource.py, which turns errno values into CPython's exceptions and builds struct_rusage.
/// Limits travel as signed 64-bit numbers, so RLIM_INFINITY is -1 as in CPython on Linux.
/// </summary>
public static class ResourceNativeModule
{
    private const string Mod = "_sharpy_resource";

    [DllImport("libc", EntryPoint = "prlimit64", SetLastError = true)]
    private static extern int PrLimit(int pid, int resource, long[]? newLimit, long[]? oldLimit);

    /// <summary>struct rusage: two struct timevals (seconds, microseconds) then 14 longs.</summary>
    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, long[] usage);

    [DllImport("libc", EntryPoint = "getpagesize")]
    private static extern int GetPageSize();

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        // prlimit(pid, resource, new_or_None) -> (soft, hard) before the change; OSError(errno) on failure.
        d.DefFunction("prlimit", (a, k) =>
        {
            if (a.Length != 3) throw new PythonException(PyExc.TypeError("prlimit(pid, resource, limits)"));
            int pid = (int)Ops.ToLong(a[0]);
            int resource = (int)Ops.ToLong(a[1]);
            long[]? newLimit = null;
            if (a[2] is PyTuple t) newLimit = [Ops.ToLong(t.Items[0]), Ops.ToLong(t.Items[1])];
            var old = new long[2];
            if (PrLimit(pid, resource, newLimit, old) != 0) throw PosixModule.Error(LibC.LastErrno);
            return PyTuple.Of(PyInt.From(old[0]), PyInt.From(old[1]));
        }, Mod);
        d.DefFunction("getrusage", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError("getrusage(who)"));
            var u = new long[18];
            if (GetRUsage((int)Ops.ToLong(a[0]), u) != 0) throw PosixModule.Error(LibC.LastErrno);
            var items = new PyObject[16];
            items[0] = new PyFloat(u[0] + u[1] * 1e-6);
            items[1] = new PyFloat(u[2] + u[3] * 1e-6);
            for (int i = 2; i < 16; i++) items[i] = PyInt.From(u[i + 2]);
            return PyTuple.Of(items);
        }, Mod);
        d.DefFunction("getpagesize", (a, k) => PyInt.From(GetPageSize()), Mod);
        return m;
    }
}
