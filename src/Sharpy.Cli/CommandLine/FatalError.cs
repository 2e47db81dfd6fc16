namespace Sharpy.Cli.CommandLine;

/// <summary>CPython's "Fatal Python error" report for configuration errors (exit status 1).</summary>
// CPython 3.11: Python/pylifecycle.c fatal_error
internal static class FatalError
{
    /// <param name="function">The C function CPython names, or null when CPython names none.</param>
    /// <param name="state">"preinitializing" or "preinitialized", as CPython reports the runtime state.</param>
    public static void Write(TextWriter stderr, string? function, string message, string state)
    {
        string prefix = function is null ? "" : function + ": ";
        stderr.Write($"Fatal Python error: {prefix}{message}\nPython runtime state: {state}\n\n");
    }
}
