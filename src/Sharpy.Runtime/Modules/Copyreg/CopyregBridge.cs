using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Copyreg;

/// <summary>
/// <c>object.__reduce_ex__</c>, <c>object.__reduce__</c> and <c>object.__getstate__</c>: CPython
/// implements the default reductions in C next to copyreg; Sharpy keeps them in Python in
/// <c>lib/copyreg.py</c> (the <c>_sharpy_*</c> functions), imported on first use.
/// </summary>
// CPython 3.11: Objects/typeobject.c object___reduce_ex___impl, reduce_newobj, object_getstate
public static class CopyregBridge
{
    private static PyObject Helper(string name)
    {
        var rt = PythonRuntime.Current;
        var mod = rt.Modules.GetItem("copyreg");
        if (mod == null)
        {
            if (rt.Importer == null) throw new PythonException(PyExc.Create(PyExc.ImportError, "copyreg is not available"));
            rt.Importer.Import("copyreg", new PyDict(), PyTuple.Empty, 0);
            mod = rt.Modules.GetItem("copyreg") ?? throw new PythonException(PyExc.Create(PyExc.ImportError, "copyreg is not available"));
        }
        return Ops.GetAttr(mod, name);
    }

    public static PyObject ReduceEx(PyObject self, PyObject protocol)
    {
        if (protocol is not PyInt)
            throw new PythonException(PyExc.TypeError($"'{protocol.Type.Name}' object cannot be interpreted as an integer"));
        return Ops.Call(Helper("_sharpy_reduce_ex"), self, protocol);
    }

    public static PyObject Reduce(PyObject self) => Ops.Call(Helper("_sharpy_reduce"), self);

    public static PyObject GetState(PyObject self) => Ops.Call(Helper("_sharpy_getstate"), self);
}
