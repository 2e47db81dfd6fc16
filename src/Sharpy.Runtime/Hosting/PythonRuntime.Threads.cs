using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Modules.Threads;

namespace Sharpy.Runtime.Hosting;

/// <summary>Per-thread interpreter state and the global interpreter lock (see Modules/Thread).</summary>
public sealed partial class PythonRuntime
{
    // Threads started by _thread get their own state; every other thread running this runtime's code
    // (the interpreter thread, and the threads Run creates for later calls) is the main thread.
    [ThreadStatic] private static PyThreadState? _threadState;
    private readonly PyThreadState _mainThreadState = new();

    /// <summary>The interpreter state of the calling thread (frames, handled exception, depth).</summary>
    public PyThreadState PyThreadState => _threadState ?? _mainThreadState;

    /// <summary>The main thread's state (threading.main_thread's ident lives there).</summary>
    internal PyThreadState MainThreadState => _mainThreadState;

    /// <summary>The GIL, created when the second thread starts; null while the program is single-threaded.</summary>
    internal volatile Gil? Gil;

    internal Gil EnsureGil()
    {
        lock (_mainThreadState) return Gil ??= new Gil();
    }

    /// <summary>Bind the calling OS thread to this runtime with its own state (a thread _thread started).</summary>
    internal void AttachThread(PyThreadState state)
    {
        _current = this;
        _threadState = state;
    }

    internal static void DetachThread()
    {
        _current = null;
        _threadState = null;
    }
}
