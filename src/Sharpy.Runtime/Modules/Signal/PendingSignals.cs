using System.Runtime.InteropServices;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Signal;

/// <summary>
/// Delivery of OS signals to Python handlers, as CPython's signalmodule.c does it: the OS-level handler (a .NET
/// <see cref="PosixSignalRegistration"/>, run on a runtime thread) only marks the signal pending and wakes sleepers;
/// the interpreter's main thread runs the Python handler at its next periodic point (<see cref="Eval"/>'s
/// trampoline), or at once when it is waiting in time.sleep or signal.pause. An exception the handler raises
/// surfaces where the main thread was. SIG_IGN registers a handler that drops the signal; SIG_DFL removes the
/// registration, so the OS default action applies again (the process dies of SIGUSR1 or SIGALRM, as in CPython).
/// </summary>
public static class PendingSignals
{
    public const int NSIG = 65;

    /// <summary>Marker of SIG_IGN in <see cref="s_handlers"/> (SIG_DFL is null).</summary>
    private static readonly PyObject Ignore = PyInt.From(1);

    private static readonly PyObject?[] s_handlers = StartupHandlers();

    // Python ignores SIGPIPE and SIGXFSZ from start-up (writes then fail with an error instead); .NET already
    // ignores SIGPIPE, and SIGXFSZ only matters past a file size limit.
    private static PyObject?[] StartupHandlers()
    {
        var handlers = new PyObject?[NSIG];
        handlers[13] = handlers[25] = Ignore;
        return handlers;
    }

    private static readonly PosixSignalRegistration?[] s_registrations = new PosixSignalRegistration?[NSIG];
    private static readonly int[] s_pending = new int[NSIG];
    private static volatile bool s_anyPending;
    private static readonly SemaphoreSlim s_wakeup = new(0);

    /// <summary>True when a signal waits for its Python handler: the eval loop's periodic point checks this.</summary>
    public static bool AnyPending => s_anyPending;

    /// <summary>signal.default_int_handler: SIGINT's handler from start-up, raising KeyboardInterrupt (a builtin
    /// function of _signal in CPython).</summary>
    public static readonly PyBuiltinFunction DefaultIntHandler = new("default_int_handler", (a, k) =>
        throw new PythonException(new PyBaseException(PyExc.KeyboardInterrupt)), null, "_signal");

    /// <summary>CPython's start-up state for a program run from the command line: SIGINT runs default_int_handler,
    /// so Ctrl-C raises KeyboardInterrupt where the program is.</summary>
    public static void InstallStartupHandlers()
    {
        if (s_handlers[2] != null) return;
        // A SIGINT ignored by the parent (a background job of a shell) stays ignored, as CPython leaves it.
        if (IgnoredByOs(2)) s_handlers[2] = Ignore;
        else SetHandler(2, DefaultIntHandler);
    }

    /// <summary>Whether the process's current disposition of <paramref name="signum"/> is SIG_IGN (inherited).</summary>
    private static bool IgnoredByOs(int signum)
    {
        if (!OperatingSystem.IsLinux()) return false;
        var old = new byte[256];   // struct sigaction; sa_handler comes first
        return sigaction(signum, IntPtr.Zero, old) == 0 && BitConverter.ToInt64(old, 0) == 1;
    }

#pragma warning disable SYSLIB1054 // a source-generated import would need unsafe code
    [DllImport("libc")]
    private static extern int sigaction(int signum, IntPtr act, byte[] oldact);

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetOsDisposition(int signum, IntPtr handler);
#pragma warning restore SYSLIB1054

    /// <summary>_thread.interrupt_main(signum): the signal's Python handler runs as if it had arrived (nothing
    /// happens for SIG_DFL or SIG_IGN, as in CPython 3.11).</summary>
    public static void Simulate(int signum)
    {
        var handler = s_handlers[signum];
        if (handler == null || ReferenceEquals(handler, Ignore)) return;
        MarkPending(signum);
        RunHandlersOrThrow();   // from the main thread the handler runs as the call returns; elsewhere it waits
    }

    /// <summary>The handler installed for <paramref name="signum"/>: a callable, SIG_IGN (1) or SIG_DFL (0).</summary>
    public static PyObject GetHandler(int signum) => s_handlers[signum] switch
    {
        null => PyInt.From(0),
        var h when ReferenceEquals(h, Ignore) => PyInt.From(1),
        var h => h,
    };

    /// <summary>Install a callable, SIG_IGN (1) or SIG_DFL (0) for <paramref name="signum"/>.</summary>
    public static void SetHandler(int signum, PyObject handler)
    {
        // signal.py passes SIG_DFL and SIG_IGN as the ints 0 and 1 (Handlers members); anything else is a callable.
        bool isDefault = handler is PyInt { Value: 0 }, isIgnore = handler is PyInt { Value: 1 };
        lock (s_registrations)
        {
            s_registrations[signum]?.Dispose();
            s_registrations[signum] = null;
            s_handlers[signum] = isDefault ? null : isIgnore ? Ignore : handler;
            if (isDefault) return;
            // .NET leaves a signal that was ignored when the process started ignored; a Python handler takes it over,
            // as CPython's sigaction does, so the disposition goes back to the default first.
            if (!isIgnore && IgnoredByOs(signum)) SetOsDisposition(signum, IntPtr.Zero);
            try
            {
                int number = signum;
                s_registrations[signum] = PosixSignalRegistration.Create((PosixSignal)number, context =>
                {
                    // Ctrl-C while the main thread waits in input() or at the prompt: that read cannot be interrupted
                    // here, so the default action ends the process rather than a KeyboardInterrupt after the next line.
                    if (number == 2 && s_blockingReads > 0 && ReferenceEquals(s_handlers[2], DefaultIntHandler)) return;
                    context.Cancel = true;   // the Python handler (or SIG_IGN) replaces the default action
                    if (!ReferenceEquals(s_handlers[number], Ignore)) MarkPending(number);
                });
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException or ArgumentOutOfRangeException)
            {
                s_handlers[signum] = null;
                throw Os.PosixModule.Error(22);
            }
        }
    }

    private static volatile int s_blockingReads;

    /// <summary>Marks a console read that a signal cannot interrupt (input(), the prompt): <c>using (PendingSignals.BlockingRead()) ...</c>.</summary>
    public static BlockingReadScope BlockingRead()
    {
        Interlocked.Increment(ref s_blockingReads);
        return default;
    }

    public readonly struct BlockingReadScope : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref s_blockingReads);
    }

    private static void MarkPending(int signum)
    {
        Volatile.Write(ref s_pending[signum], 1);
        s_anyPending = true;
        s_wakeup.Release();
    }

    /// <summary>Runs the handlers of the pending signals on the main thread; returns the exception one raised (the
    /// others stay pending, as CPython leaves them for the next check), or null.</summary>
    public static PyBaseException? RunHandlers(PythonRuntime rt)
    {
        var ts = rt.PyThreadState;
        if (!s_anyPending || !ReferenceEquals(ts, rt.MainThreadState)) return null;
        s_anyPending = false;
        for (int signum = 1; signum < NSIG; signum++)
        {
            if (Interlocked.Exchange(ref s_pending[signum], 0) == 0) continue;
            var handler = s_handlers[signum];
            if (handler == null || ReferenceEquals(handler, Ignore)) continue;
            PyObject frame = PyNone.Instance;
            if (ts.TopFrame is { } top)
            {
                Frame.MarkEscaped(top);
                frame = top;
            }
            try
            {
                Ops.Call(handler, PyInt.From(signum), frame);
            }
            catch (PythonException e)
            {
                // The remaining signals are handled at the next check.
                for (int rest = signum + 1; rest < NSIG; rest++)
                    if (Volatile.Read(ref s_pending[rest]) != 0) s_anyPending = true;
                return e.Value;
            }
        }
        return null;
    }

    /// <summary>Runs pending handlers from native code (time.sleep, signal.pause): their exception propagates.</summary>
    public static void RunHandlersOrThrow()
    {
        if (!s_anyPending) return;
        var rt = PythonRuntime.Current;
        if (RunHandlers(rt) is { } raised) throw new PythonException(raised);
    }

    /// <summary>After this process sent itself <paramref name="signum"/> (raise_signal, os.kill): CPython's handler has
    /// run when the call returns, so wait for the runtime's signal thread to report it and run the handler now.</summary>
    public static void AwaitOwnSignal(int signum)
    {
        var handler = s_handlers[signum];
        if (handler == null || ReferenceEquals(handler, Ignore)) return;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        while (Volatile.Read(ref s_pending[signum]) == 0)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return;
            using (Threads.GilReleased.Begin()) s_wakeup.Wait(left);
        }
        RunHandlersOrThrow();
    }

    /// <summary>time.sleep: waits <paramref name="seconds"/>, running the handlers of signals that arrive meanwhile
    /// and then sleeping on (PEP 475) unless one raised.</summary>
    public static void Sleep(double seconds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(seconds);
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return;
            bool woken;
            using (Threads.GilReleased.Begin()) woken = s_wakeup.Wait(left);
            if (woken) RunHandlersOrThrow();
        }
    }

    /// <summary>signal.pause: waits until a signal's handler has run.</summary>
    public static void Pause()
    {
        while (true)
        {
            using (Threads.GilReleased.Begin()) s_wakeup.Wait();
            if (!s_anyPending) continue;
            RunHandlersOrThrow();
            return;
        }
    }
}
