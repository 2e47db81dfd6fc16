namespace Sharpy.Runtime.Objects;

/// <summary>Instances of BaseException and all its subclasses (the type tells them apart).</summary>
public class PyBaseException : PyObjectWithDict
{
    public PyTuple Args = PyTuple.Empty;
    public PyTraceback? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;

    public PyBaseException(PyType type) : base(type) { Dict = new PyDict(); }

    public PyBaseException(PyType type, params PyObject[] args) : base(type)
    {
        Dict = new PyDict();
        Args = PyTuple.Create(args);
        PyExc.InitFields(this, args);
    }

    public bool IsInstance(PyType t) => Type.IsSubtypeOf(t);

    /// <summary>Attribute stored in the instance dict (message, filename, value, code, ...).</summary>
    public PyObject? GetField(string name) => Dict!.GetItem(name);
    public void SetField(string name, PyObject value) => Dict!.SetItem(name, value);
}

/// <summary>A traceback entry (tb_frame, tb_lasti, tb_lineno, tb_next).</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback? Next;
    public readonly Interpreter.Frame Frame;
    public readonly int LastI;
    public PyTraceback(PyTraceback? next, Interpreter.Frame frame, int lasti) : base(PyTypes.Traceback)
    {
        Next = next; Frame = frame; LastI = lasti;
    }
    // A frame that raised before its first instruction (throw() into a just-started generator) is at its
    // def line, as CPython reports it.
    public int LineNo => LastI < 0 ? Frame.Info.Code.FirstLineNo : Frame.LineForInstruction(LastI);
}
