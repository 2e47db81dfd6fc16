using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Warnings issued by native code, through the warnings module as CPython's PyErr_WarnEx(category, text, 1):
/// attributed to the Python line that called the native operation, and raised when a filter says "error".
/// </summary>
public static class NativeWarnings
{
    /// <param name="source">The object the warning is about (CPython's <c>source=</c>: the unawaited coroutine).</param>
    public static void Warn(PyType category, string message, PyObject? source = null)
    {
        var rt = PythonRuntime.Current;
        if (rt.Importer == null) return;
        var warnings = rt.Importer.Import("warnings", PyNone.Instance, PyNone.Instance, 0);
        var warn = Ops.GetAttr(warnings, PyStr.Intern("warn"));
        if (source is null) Ops.Call(warn, new PyStr(message), category);
        else Ops.Call(warn, new PyObject[] { new PyStr(message), category, PyInt.From(1), source }, null);
    }

    /// <summary>
    /// A warning CPython issues from Python code of its frozen import system: attributed to that code's
    /// location (e.g. "&lt;frozen importlib._bootstrap_external&gt;", line 456) and filtered under its module name.
    /// </summary>
    public static void WarnFrozen(PyType category, string message, string frozenModule, int lineno, string moduleName)
    {
        var rt = PythonRuntime.Current;
        if (rt.Importer == null) return;
        var warnings = rt.Importer.Import("warnings", PyNone.Instance, PyNone.Instance, 0);
        var warnExplicit = Ops.GetAttr(warnings, PyStr.Intern("warn_explicit"));
        Ops.Call(warnExplicit, new PyObject[] { new PyStr(message), category, new PyStr($"<frozen {frozenModule}>"),
            PyInt.From(lineno), new PyStr(moduleName) }, ["module"]);
    }

    /// <summary>-b / -bb: comparing bytes with str or int, or str() of bytes, warns (CPython 3.11 bytesobject.c).</summary>
    public static bool BytesWarningsEnabled => PythonRuntime.Current.Options.BytesWarning > 0;
}
