namespace Sharpy.Runtime.Hosting;

public sealed partial class PythonRuntime
{
    private readonly List<Action> _exitHandlers = new();

    /// <summary>
    /// Register work to run when the interpreter exits (the <c>atexit</c> module's callbacks): after
    /// the main program ended (normally, through sys.exit or with an uncaught exception already
    /// printed) and before sys.stdout/sys.stderr are flushed for the last time.
    /// </summary>
    public void AddExitHandler(Action handler)
    {
        lock (_exitHandlers) _exitHandlers.Add(handler);
    }

    /// <summary>Run the exit handlers once, newest first, on the interpreter thread.</summary>
    public void RunExitHandlers()
    {
        Action[] handlers;
        lock (_exitHandlers)
        {
            handlers = _exitHandlers.ToArray();
            _exitHandlers.Clear();
        }
        Run(() =>
        {
            Sharpy.Runtime.Modules.Threads.ThreadModule.WaitForThreads(this);
            for (int i = handlers.Length - 1; i >= 0; i--) handlers[i]();
            // Files still open are flushed at shutdown, after the atexit callbacks (CPython finalizes them then).
            global::Sharpy.Runtime.Modules.OpenFiles.FlushAll();
            return 0;
        });
    }
}
