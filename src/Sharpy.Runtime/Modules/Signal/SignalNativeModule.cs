using System.Runtime.InteropServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Signal;

/// <summary>
/// <c>_sharpy_signal</c>: what lib/signal.py needs from the OS — installing handlers (<see cref="PendingSignals"/>),
/// sending a signal to this process and running its handler before returning (as CPython's raise_signal and
/// os.kill do), the alarm and interval timers (libc), and pause().
/// </summary>
public static class SignalNativeModule
{
    private const string Mod = "_sharpy_signal";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("signal", (a, k) =>
        {
            TypeDefinitions.CheckRange("signal", a.Length, 2, 2);
            int signum = SignalNumber(a[0]);
            var old = PendingSignals.GetHandler(signum);
            PendingSignals.SetHandler(signum, a[1]);
            return old;
        }, Mod);
        d.DefFunction("getsignal", (a, k) => PendingSignals.GetHandler(SignalNumber(a[0])), Mod);
        d.SetItem("default_int_handler", PendingSignals.DefaultIntHandler);
        d.DefFunction("raise_signal", (a, k) =>
        {
            int signum = SignalNumber(a[0]);
            if (raise(signum) != 0) throw Os.PosixModule.Error(Marshal.GetLastPInvokeError());
            PendingSignals.AwaitOwnSignal(signum);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("alarm", (a, k) => PyInt.From(alarm((uint)Math.Clamp(IntArg(a[0]), 0, uint.MaxValue))), Mod);
        // setitimer(which, seconds, interval) -> (errno, old seconds, old interval)
        d.DefFunction("setitimer", (a, k) =>
        {
            var value = new ItimerVal { Value = TimeVal.From(Ops.ToDouble(a[1])), Interval = TimeVal.From(Ops.ToDouble(a[2])) };
            int rc = setitimer((int)IntArg(a[0]), ref value, out var old);
            return Timer(rc, old);
        }, Mod);
        d.DefFunction("getitimer", (a, k) => Timer(getitimer((int)IntArg(a[0]), out var current), current), Mod);
        d.DefFunction("pause", (a, k) =>
        {
            PendingSignals.Pause();
            return PyNone.Instance;
        }, Mod);
        return m;
    }

    /// <summary>A C long argument: "'float' object cannot be interpreted as an integer" as CPython's converter says.</summary>
    private static long IntArg(PyObject o)
    {
        var i = Ops.Index(o);
        return i.IsBig ? (i.AsBig.Sign < 0 ? long.MinValue : long.MaxValue) : i.Value;
    }

    private static int SignalNumber(PyObject o)
    {
        long n = IntArg(o);
        if (n < 1 || n >= PendingSignals.NSIG) throw new PythonException(PyExc.ValueError("signal number out of range"));
        return (int)n;
    }

    private static PyObject Timer(int rc, ItimerVal timer) => PyTuple.Of(
        PyInt.From(rc == 0 ? 0 : Marshal.GetLastPInvokeError()), new PyFloat(timer.Value.Seconds), new PyFloat(timer.Interval.Seconds));

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Sec, Usec;
        public readonly double Seconds => Sec + Usec / 1e6;

        public static TimeVal From(double seconds)
        {
            // CPython rounds a timer value up to the next microsecond (_PyTime_ROUND_CEILING).
            double whole = Math.Floor(seconds);
            long usec = (long)Math.Ceiling((seconds - whole) * 1e6);
            if (usec >= 1_000_000) { whole += 1; usec -= 1_000_000; }
            return new TimeVal { Sec = (long)whole, Usec = usec };
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ItimerVal
    {
        public TimeVal Interval, Value;
    }

#pragma warning disable SYSLIB1054 // a source-generated import would need unsafe code for the ref structs
    [DllImport("libc", SetLastError = true)]
    private static extern int raise(int sig);

    [DllImport("libc")]
    private static extern uint alarm(uint seconds);

    [DllImport("libc", SetLastError = true)]
    private static extern int setitimer(int which, ref ItimerVal value, out ItimerVal old);

    [DllImport("libc", SetLastError = true)]
    private static extern int getitimer(int which, out ItimerVal current);
#pragma warning restore SYSLIB1054
}
