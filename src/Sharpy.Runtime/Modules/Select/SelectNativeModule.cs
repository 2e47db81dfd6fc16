using System.Runtime.InteropServices;
using Sharpy.Runtime.Modules.Os;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Select;

/// <summary>
/// <c>_sharpy_select</c>: libc's poll(2) for lib/select.py, which builds <c>select.select</c> and <c>select.poll</c>
/// on it (argument checking and the fileno() protocol stay in Python). The wait runs with the GIL released and is
/// retried after EINTR with the remaining time, as CPython does (PEP 475).
/// </summary>
public static class SelectNativeModule
{
    private const string Mod = "_sharpy_select";
    private const int EIntr = 4;

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static extern int Poll(int[] fds, ulong nfds, int timeoutMs);

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        // poll(pairs, timeout_ms): pairs is a flat list [fd, events, fd, events, ...]; timeout_ms < 0 waits forever.
        // Returns [(fd, revents), ...] for the descriptors with events, in the order given.
        m.Dict!.DefFunction("poll", (a, k) =>
        {
            if (a.Length != 2 || a[0] is not PyList pairs) throw new PythonException(PyExc.TypeError("poll(pairs, timeout_ms)"));
            long timeout = Ops.ToLong(a[1]);
            int n = pairs.Count / 2;
            // struct pollfd { int fd; short events; short revents; } is two ints on Linux.
            var buf = new int[n * 2];
            for (int i = 0; i < n; i++)
            {
                buf[2 * i] = (int)Ops.ToLong(pairs.Items[2 * i]);
                buf[2 * i + 1] = (ushort)Ops.ToLong(pairs.Items[2 * i + 1]);
            }
            var deadline = timeout < 0 ? DateTime.MaxValue : DateTime.UtcNow.AddMilliseconds(timeout);
            int rc;
            while (true)
            {
                int wait = timeout < 0 ? -1 : (int)Math.Max(0, Math.Min(int.MaxValue, (deadline - DateTime.UtcNow).TotalMilliseconds));
                using (Threads.GilReleased.Begin()) rc = Poll(buf, (ulong)n, wait);
                if (rc >= 0) break;
                int errno = LibC.LastErrno;
                if (errno != EIntr) throw PosixModule.Error(errno);
            }
            var result = new PyList();
            for (int i = 0; i < n && rc > 0; i++)
            {
                int revents = (ushort)(buf[2 * i + 1] >> 16);
                if (revents != 0) result.Append(PyTuple.Of(PyInt.From(buf[2 * i]), PyInt.From(revents)));
            }
            return result;
        }, Mod);
        return m;
    }
}
