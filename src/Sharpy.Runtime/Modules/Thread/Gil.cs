using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// The global interpreter lock of one runtime: only the thread holding it runs Python code or touches
/// Python objects. It exists only once a second thread has been started (before that the main thread
/// is the implicit holder and nothing is checked). It is a token, not an owned lock: the runtime may
/// run its main thread's work on several OS threads one after another (<see cref="PythonRuntime.Run{T}"/>),
/// and each of them holds the token implicitly.
/// Handover follows CPython 3.11's "new GIL" (Python/ceval_gil.h): a thread that wants the lock waits
/// one switch interval, then sets <see cref="DropRequest"/>; the holder sees it at the evaluation loop's
/// periodic point (<c>Eval.Run</c>, every trampoline budget), drops the lock and waits until another
/// thread took it (forced switching), so one busy thread cannot starve the others.
/// </summary>
// CPython 3.11: Python/ceval_gil.h take_gil / drop_gil
internal sealed class Gil
{
    private readonly object _sync = new();
    private bool _locked = true;
    private long _switchNumber;
    private int _waiting;

    /// <summary>Set by a waiting thread; read (cheaply) by the evaluation loop's periodic check.</summary>
    public volatile bool DropRequest;

    /// <summary>sys.setswitchinterval, in seconds (CPython's default 5 ms).</summary>
    public static double SwitchInterval = 0.005;

    /// <summary>Acquire the lock, asking the holder to drop it when it keeps it for a switch interval.</summary>
    public void Take()
    {
        lock (_sync)
        {
            if (!_locked)
            {
                _locked = true;
                _switchNumber++;
                return;
            }
            _waiting++;
            try
            {
                while (_locked)
                {
                    long seen = _switchNumber;
                    int ms = Math.Max(1, (int)Math.Ceiling(SwitchInterval * 1000));
                    if (!Monitor.Wait(_sync, ms) && _locked && _switchNumber == seen)
                        DropRequest = true;
                }
            }
            finally { _waiting--; }
            _locked = true;
            _switchNumber++;
            if (_waiting == 0) DropRequest = false;
            // Wakes a thread in Yield waiting for the switch to happen (and other waiters, who wait again).
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Release the lock (before a blocking operation, or when a thread ends).</summary>
    public void Drop()
    {
        lock (_sync)
        {
            _locked = false;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>
    /// Hand the lock to a waiting thread and take it back afterwards: the evaluation loop calls this when
    /// <see cref="DropRequest"/> is set, and time.sleep(0) too.
    /// </summary>
    public void Yield()
    {
        lock (_sync)
        {
            DropRequest = false;
            if (_waiting == 0) return;
            _locked = false;
            long seen = _switchNumber;
            Monitor.PulseAll(_sync);
            // Forced switching: do not race the waiter for the lock we just dropped.
            while (_switchNumber == seen && _waiting > 0) Monitor.Wait(_sync);
        }
        Take();
    }

    /// <summary>True when some thread waits for the lock.</summary>
    public bool HasWaiters
    {
        get { lock (_sync) return _waiting > 0; }
    }
}
