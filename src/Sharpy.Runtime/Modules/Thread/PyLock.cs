using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// <c>_thread.lock</c>: a non-reentrant lock any thread may release. Acquiring first tries without
/// blocking; only a real wait releases the GIL (CPython 3.11: Modules/_threadmodule.c acquire_timed).
/// </summary>
public sealed class PyLock : PyObject
{
    private readonly object _sync = new();
    private bool _locked;

    public PyLock(PyType type) : base(type) { }

    public bool IsLocked => Volatile.Read(ref _locked);

    public bool TryAcquire()
    {
        lock (_sync)
        {
            if (_locked) return false;
            _locked = true;
            return true;
        }
    }

    /// <summary>Acquire, waiting at most <paramref name="timeoutSeconds"/> (negative: forever) with the GIL released.</summary>
    public bool Acquire(bool blocking, double timeoutSeconds)
    {
        if (TryAcquire()) return true;
        if (!blocking || timeoutSeconds == 0) return false;
        using (GilReleased.Begin())
            return WaitAndTake(_sync, () => _locked, () => _locked = true, timeoutSeconds);
    }

    public void Release()
    {
        lock (_sync)
        {
            if (!_locked) throw new PythonException(PyExc.RuntimeError("release unlocked lock"));
            _locked = false;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Release if held (a thread's end releases its sentinel lock).</summary>
    public void ReleaseIfLocked()
    {
        lock (_sync)
        {
            _locked = false;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Wait on <paramref name="sync"/> until <paramref name="busy"/> is false, then <paramref name="take"/>; false on timeout.</summary>
    internal static bool WaitAndTake(object sync, Func<bool> busy, Action take, double timeoutSeconds)
    {
        lock (sync)
        {
            if (timeoutSeconds < 0)
            {
                while (busy()) Monitor.Wait(sync);
            }
            else
            {
                long deadline = Environment.TickCount64 + (long)Math.Ceiling(timeoutSeconds * 1000);
                while (busy())
                {
                    long remaining = deadline - Environment.TickCount64;
                    if (remaining <= 0) return false;
                    Monitor.Wait(sync, (int)Math.Min(remaining, int.MaxValue));
                }
            }
            take();
            return true;
        }
    }
}

/// <summary><c>_thread.RLock</c>: a reentrant lock owned by the thread that acquired it.</summary>
public sealed class PyRLock : PyObject
{
    private readonly object _sync = new();
    private long _owner;
    private long _count;

    public PyRLock(PyType type) : base(type) { }

    public long Owner => Volatile.Read(ref _owner);
    public long Count => Volatile.Read(ref _count);

    public bool Acquire(bool blocking, double timeoutSeconds)
    {
        long me = ThreadIdents.Current();
        lock (_sync)
        {
            if (_count > 0 && _owner == me)
            {
                _count++;
                return true;
            }
            if (_count == 0)
            {
                _owner = me;
                _count = 1;
                return true;
            }
        }
        if (!blocking || timeoutSeconds == 0) return false;
        using (GilReleased.Begin())
            return PyLock.WaitAndTake(_sync, () => _count > 0, () => { _owner = me; _count = 1; }, timeoutSeconds);
    }

    public void Release()
    {
        long me = ThreadIdents.Current();
        lock (_sync)
        {
            if (_count == 0 || _owner != me)
                throw new PythonException(PyExc.RuntimeError("cannot release un-acquired lock"));
            if (--_count == 0)
            {
                _owner = 0;
                Monitor.PulseAll(_sync);
            }
        }
    }

    public bool IsOwned => Count > 0 && Owner == ThreadIdents.Current();

    /// <summary>Condition.wait support: release completely, returning (count, owner).</summary>
    public (long Count, long Owner) ReleaseSave()
    {
        lock (_sync)
        {
            if (_count == 0) throw new PythonException(PyExc.RuntimeError("cannot release un-acquired lock"));
            var saved = (_count, _owner);
            _count = 0;
            _owner = 0;
            Monitor.PulseAll(_sync);
            return saved;
        }
    }

    /// <summary>Condition.wait support: reacquire with the saved recursion count.</summary>
    public void AcquireRestore(long count, long owner)
    {
        Acquire(true, -1);
        lock (_sync)
        {
            _count = count;
            _owner = owner;
        }
    }
}
