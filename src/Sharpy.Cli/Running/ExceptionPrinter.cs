using Sharpy.Runtime;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Cli.Running;

/// <summary>Reports an exception without exiting (the REPL, and -i after a failed script): sys.excepthook or the traceback.</summary>
internal static class ExceptionPrinter
{
    public static void Print(PythonRuntime runtime, PyBaseException e)
    {
        var hook = runtime.Sys.Dict!.GetItem("excepthook");
        if (hook is not null and not PyBuiltinFunction)
        {
            try
            {
                Ops.Call(hook, e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance);
                return;
            }
            catch (PythonException)
            {
                // Fall back to the default display, as CPython does when the hook fails.
            }
        }
        Tracebacks.WriteStderr(runtime, Tracebacks.Format(e));
    }
}
