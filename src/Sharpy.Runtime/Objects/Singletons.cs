namespace Sharpy.Runtime.Objects;

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() : base(PyTypes.NoneType) { }
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() : base(PyTypes.NotImplementedType) { }
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() : base(PyTypes.EllipsisType) { }
}

/// <summary>Shorthands used throughout the runtime.</summary>
public static class Py
{
    public static PyObject None => PyNone.Instance;
    public static PyObject NotImplemented => PyNotImplemented.Instance;
    public static readonly PyInt True = new(PyTypes.Bool, 1);
    public static readonly PyInt False = new(PyTypes.Bool, 0);
    public static PyObject Bool(bool b) => b ? True : False;
}
