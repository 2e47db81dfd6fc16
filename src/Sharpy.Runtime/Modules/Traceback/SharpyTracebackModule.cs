using Sharpy.Bytecode.Code;
using Sharpy.Runtime.Interpreter;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Traceback;

/// <summary>
/// <c>_sharpy_traceback</c>: the pieces of the interpreter's own traceback printer that
/// <c>lib/traceback.py</c> reuses (instruction positions and the <c>^^^^</c> caret lines), so the
/// module's output is the uncaught-exception printer's byte for byte.
/// </summary>
public static class SharpyTracebackModule
{
    private const string Mod = "_sharpy_traceback";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        // tb_positions(tb) -> (lineno, end_lineno, colno, end_colno); columns are UTF-8 byte offsets
        // like CPython's co_positions(), None where unknown.
        d.DefFunction("tb_positions", (a, k) =>
        {
            if (a.Length != 1 || a[0] is not PyTraceback tb)
                throw new PythonException(PyExc.TypeError("tb_positions() expects a traceback"));
            var loc = tb.Frame.Info.LocationOf(tb.LastI);
            return PyTuple.Create([PyInt.From(tb.LineNo), Opt(loc.EndLine), Opt(loc.Column), Opt(loc.EndColumn)]);
        }, Mod);
        // carets(line, lineno, end_lineno, colno, end_colno) -> "    ^^^^\n" or ""
        d.DefFunction("carets", (a, k) =>
        {
            if (a.Length != 5 || a[0] is not PyStr line) return PyStr.Intern("");
            if (a[1] is not PyInt || a[2] is not PyInt || a[3] is not PyInt || a[4] is not PyInt) return PyStr.Intern("");
            int lineno = (int)Ops.ToLong(a[1]);
            var loc = new SourceLocation(lineno, (int)Ops.ToLong(a[2]), (int)Ops.ToLong(a[3]), (int)Ops.ToLong(a[4]));
            return new PyStr(Tracebacks.CaretLine(line.Value.TrimEnd('\n', '\r'), lineno, loc));
        }, Mod);
        // format_exception(exc, chain) -> list of str, exactly as the uncaught-exception printer.
        d.DefFunction("format_exception", (a, k) =>
        {
            if (a.Length < 1 || a[0] is not PyBaseException e)
                throw new PythonException(PyExc.TypeError("format_exception() expects an exception"));
            bool chain = a.Length < 2 || Ops.IsTrue(a[1]);
            return new PyList(Tracebacks.FormatLines(e, chain).Select(s => (PyObject)new PyStr(s)).ToArray());
        }, Mod);
        // format_exception_only(exc) -> list of str (suggestions, SyntaxError layout, __notes__).
        d.DefFunction("format_exception_only", (a, k) =>
        {
            if (a.Length != 1 || a[0] is not PyBaseException e)
                throw new PythonException(PyExc.TypeError("format_exception_only() expects an exception"));
            return new PyList(Tracebacks.FormatExceptionOnly(e).Select(s => (PyObject)new PyStr(s)).ToArray());
        }, Mod);
        // native_stand_in(globals_or_function_or_class, ...): their frames add no traceback entries (the code is C
        // code in CPython); see Interpreter/NativeStandIns.cs.
        d.DefFunction("native_stand_in", (a, k) =>
        {
            foreach (var o in a) NativeStandIns.Register(o);
            return PyNone.Instance;
        }, Mod);
        return m;
    }

    private static PyObject Opt(int v) => v < 0 ? PyNone.Instance : PyInt.From(v);
}
