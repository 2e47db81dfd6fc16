using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>CPython's default sys.unraisablehook output: "Exception ignored in: ..." then the traceback.</summary>
// CPython 3.11: Python/errors.c write_unraisable_exc_file
public static class Unraisable
{
    /// <summary>
    /// Reports <paramref name="e"/>: through a sys.unraisablehook the program installed (with <paramref name="errMsg"/>
    /// and <paramref name="obj"/>, or the header as err_msg when they are not given), else as <paramref name="header"/>
    /// and the traceback on stderr.
    /// </summary>
    public static void Write(string header, PyBaseException e, string? errMsg = null, PyObject? obj = null)
    {
        var rt = PythonRuntime.Current;
        // An exception raised by native code (no traceback yet) gets the running frame, as PyTraceBack_Here does.
        if (e.Traceback is null && rt.PyThreadState.TopFrame is { Finished: false } running)
            e.Traceback = new PyTraceback(null, running, running.LastI);
        if (SysModule.CallCustomUnraisableHook(rt, e, obj is null ? errMsg ?? header : errMsg, obj)) return;
        try { SysModule.FlushStd(rt); } catch (PythonException) { }
        Tracebacks.WriteStderr(rt, header + "\n" + FormatBody(e));
    }

    /// <summary>
    /// What the default hook prints after its header. Unlike an uncaught exception's display, CPython's hook
    /// shows no chained exceptions and no notes, and always writes ": " and the str of the value, so an
    /// exception with an empty message ends in "ValueError: ".
    /// </summary>
    public static string FormatBody(PyBaseException e)
    {
        var sb = new System.Text.StringBuilder();
        if (e.Traceback is { } tb)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var line in Tracebacks.FormatStack(tb)) sb.Append(line);
        }
        sb.Append(Tracebacks.TypeDisplayName(e.Type));
        string value;
        try { value = Ops.StrString(e); }
        catch (PythonException) { value = "<exception str() failed>"; }
        sb.Append(": ").Append(value).Append('\n');
        return sb.ToString();
    }
}
