using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Threads;

public static partial class ThreadModule
{
    /// <summary>
    /// The interpreter's exit waits for non-daemon threads before the atexit callbacks, as CPython's
    /// Py_FinalizeEx calls threading._shutdown (only when threading was imported).
    /// </summary>
    // CPython 3.11: Python/pylifecycle.c wait_for_thread_shutdown
    public static void WaitForThreads(PythonRuntime rt)
    {
        if (rt.Modules.GetItem("threading") is not PyModule threading) return;
        if (threading.Dict!.GetItem("_shutdown") is not { } shutdown) return;
        try { Ops.Call(shutdown); }
        catch (PythonException e)
        {
            string what;
            try { what = Ops.ReprString(threading); } catch (PythonException) { what = "<module 'threading'>"; }
            Unraisable.Write("Exception ignored in: " + what, e.Value);
        }
    }
}
