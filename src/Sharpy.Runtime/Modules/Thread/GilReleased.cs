using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// Releases the calling thread's GIL for the duration of a blocking operation (CPython's
/// Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS): <c>using (GilReleased.Begin()) { wait... }</c>.
/// Nothing to do while the program has a single thread. The code inside must not touch Python objects.
/// </summary>
public readonly struct GilReleased : IDisposable
{
    private readonly Gil? _gil;

    private GilReleased(Gil? gil) { _gil = gil; }

    public static GilReleased Begin()
    {
        var gil = PythonRuntime.CurrentOrNull?.Gil;
        gil?.Drop();
        return new GilReleased(gil);
    }

    public void Dispose() => _gil?.Take();

    /// <summary>Let other threads run now if any waits (time.sleep(0), CPython's sched_yield with the GIL dropped).</summary>
    public static void YieldNow()
    {
        var gil = PythonRuntime.CurrentOrNull?.Gil;
        if (gil != null && gil.HasWaiters) gil.Yield();
    }
}
