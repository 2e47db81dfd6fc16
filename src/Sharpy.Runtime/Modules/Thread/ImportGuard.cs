using System.Runtime.CompilerServices;
using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// A reentrant global import lock for the import system to wrap an import in, so that another thread
/// cannot see a module whose body is still running (CPython 3 uses per-module locks; this is the
/// simpler Python 2 scheme). Free while the program has one thread; the GIL is released while waiting.
/// Caveat of a global lock: a module body that starts a thread and joins it while that thread imports
/// would deadlock.
/// </summary>
public static class ImportGuard
{
    private static readonly ConditionalWeakTable<PythonRuntime, PyRLock> Locks = new();

    public static T Locked<T>(Func<T> import)
    {
        var rt = PythonRuntime.CurrentOrNull;
        if (rt?.Gil == null) return import();
        var l = Locks.GetValue(rt, _ => new PyRLock(LockTypes.RLock));
        l.Acquire(true, -1);
        try { return import(); }
        finally { l.Release(); }
    }
}
