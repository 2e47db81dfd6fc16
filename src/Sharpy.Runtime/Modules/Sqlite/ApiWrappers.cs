using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Sqlite;

/// <summary>
/// Makes Python-written methods look native in tracebacks. CPython's sqlite3 classes are C types,
/// so an uncaught error shows only the caller's line; Sharpy's are written in lib/sqlite3/, and
/// their frames would otherwise appear. The wrappers call the Python implementation and drop the
/// traceback entries of files under a registered prefix (user callbacks' frames stay).
/// </summary>
internal static class ApiWrappers
{
    private static readonly List<string> HiddenPrefixes = new();

    public static void Define(PyDict d)
    {
        // hide_prefix(path): frames of files under path vanish from tracebacks crossing a wrapper.
        d.DefFunction("hide_prefix", (a, k) =>
        {
            var p = Ops.StrString(a[0]);
            lock (HiddenPrefixes) if (!HiddenPrefixes.Contains(p)) HiddenPrefixes.Add(p);
            return Py.None;
        }, "_sqlite3");
        // api_function(func, name, module) -> builtin function calling func.
        d.DefFunction("api_function", (a, k) =>
        {
            var func = a[0];
            var name = a.Length > 1 ? Ops.StrString(a[1]) : Ops.StrString(Ops.GetAttr(func, "__name__"));
            var module = a.Length > 2 ? Ops.StrString(a[2]) : "_sqlite3";
            return new PyBuiltinFunction(name, (args, kw) => CallHidden(func, args, kw), null, module);
        }, "_sqlite3");
        // api_method(cls, name, func) -> method descriptor calling func(self, ...).
        d.DefFunction("api_method", (a, k) =>
        {
            var cls = a[0] as PyType ?? throw new PythonException(PyExc.TypeError("api_method() needs a class"));
            var func = a[2];
            return new PyMethodDescriptor(cls, Ops.StrString(a[1]), (args, kw) => CallHidden(func, args, kw));
        }, "_sqlite3");
    }

    internal static PyObject CallHidden(PyObject func, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        try
        {
            return Ops.Call(func, args, kw);
        }
        catch (PythonException e)
        {
            Strip(e.Value);
            throw;
        }
    }

    private static bool IsHidden(PyTraceback tb)
    {
        var file = tb.Frame.PyCode.Code.Filename;
        foreach (var p in HiddenPrefixes)
            if (file.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void Strip(PyBaseException e)
    {
        bool any = false;
        for (var tb = e.Traceback; tb != null && !any; tb = tb.Next) any = IsHidden(tb);
        if (!any) return;
        PyTraceback? head = null, tail = null;
        for (var tb = e.Traceback; tb != null; tb = tb.Next)
        {
            if (IsHidden(tb)) continue;
            var copy = new PyTraceback(null, tb.Frame, tb.LastI);
            if (tail == null) head = copy; else tail.Next = copy;
            tail = copy;
        }
        e.Traceback = head;
    }
}
