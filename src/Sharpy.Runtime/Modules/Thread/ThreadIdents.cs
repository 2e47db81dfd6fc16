using System.Runtime.InteropServices;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;

namespace Sharpy.Runtime.Modules.Threads;

/// <summary>
/// threading.get_ident() values. They belong to the thread state, not the OS thread: the runtime's
/// main thread may run on several OS threads one after another. They look like CPython's (pthread_t
/// addresses such as 139933138508672) so programs that format them see familiar magnitudes.
/// </summary>
internal static class ThreadIdents
{
    private const long Base = 0x7F4A_B8E0_0740;
    private const long Step = 0x0080_1000;
    private static long _next;

    public static long Of(PyThreadState ts)
    {
        if (ts.Ident == 0) ts.Ident = Base + Interlocked.Increment(ref _next) * Step;
        return ts.Ident;
    }

    public static long Current() => Of(PythonRuntime.Current.PyThreadState);

    /// <summary>The kernel's thread id (the main thread's is the process id, as in CPython).</summary>
    public static long NativeId(PythonRuntime rt)
    {
        if (ReferenceEquals(rt.PyThreadState, rt.MainThreadState)) return Environment.ProcessId;
        try { return GetTid(); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return Environment.CurrentManagedThreadId;
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetTid();
}
