using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules;

/// <summary>CPython's default sys.unraisablehook output: "Exception ignored in: ..." then the traceback.</summary>
// CPython 3.11: Python/errors.c write_unraisable_exc_file
public static class Unraisable
{
    public static void Write(string header, PyBaseException e)
    {
        var rt = PythonRuntime.Current;
        try { SysModule.FlushStd(rt); } catch (PythonException) { }
        Tracebacks.WriteStderr(rt, header + "\n" + Tracebacks.Format(e));
    }
}
