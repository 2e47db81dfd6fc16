using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Struct;

/// <summary><c>_struct.unpack_iterator</c>: what <c>iter_unpack</c> returns, one tuple per <c>Size</c> bytes.</summary>
internal sealed class StructUnpackIterator : PyIterator
{
    private readonly StructLayout _layout;
    private byte[]? _data;
    private int _pos;

    public StructUnpackIterator(PyType t, StructLayout layout, byte[] data) : base(t)
    {
        _layout = layout;
        _data = data;
    }

    private int Remaining => _data == null ? 0 : (_data.Length - _pos) / (int)_layout.Size;

    public override PyObject? Next()
    {
        if (_data == null) return null;
        if (_pos >= _data.Length)
        {
            _data = null;  // CPython releases the buffer once exhausted
            return null;
        }
        var r = StructCodec.Unpack(_layout, _data.AsSpan(_pos));
        _pos += (int)_layout.Size;
        return r;
    }

    public static PyType CreateType()
    {
        var t = PyTypes.NewBuiltin("unpack_iterator", PyTypes.Object, "_struct", type => throw new PythonException(
            PyExc.TypeError("cannot create '_struct.unpack_iterator' instances")));
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
            throw new PythonException(PyExc.TypeError("cannot create '_struct.unpack_iterator' instances")))));
        t.Def("__iter__", s => s);
        t.Def("__next__", s => ((StructUnpackIterator)s).Next() ?? throw new PythonException(PyExc.StopIteration()));
        t.Def("__length_hint__", s => PyInt.From(((StructUnpackIterator)s).Remaining));
        return t;
    }
}
