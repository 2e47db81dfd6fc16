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
        if (SysModule.CallCustomUnraisableHook(rt, e, obj is null ? errMsg ?? header : errMsg, obj)) return;
        try { SysModule.FlushStd(rt); } catch (PythonException) { }
        Tracebacks.WriteStderr(rt, header + "\n" + Tracebacks.Format(e));
    }
}
