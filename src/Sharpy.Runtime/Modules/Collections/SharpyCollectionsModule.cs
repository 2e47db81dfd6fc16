using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Collections;

/// <summary>
/// <c>_sharpy_collections</c>: native pieces of lib/collections. A namedtuple field is a property subclass whose
/// <c>__set__</c>/<c>__delete__</c> are these functions, so assigning to a field fails with the message of CPython's
/// C <c>_collections._tuplegetter</c> and, being native, adds no Python frame to the traceback; its getter is
/// <c>field_getter(index)</c>, one native call per access (operator.itemgetter is Python here: 2 us per access).
/// </summary>
public static class SharpyCollectionsModule
{
    private const string Mod = "_sharpy_collections";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("field_getter", (a, k) =>
        {
            int index = (int)((PyInt)a[0]).Value;
            return new PyBuiltinFunction("field_getter", (args, kw) => FieldOf(args[0], index), null, Mod);
        }, Mod);
        d.DefFunction("tuplegetter_set", (a, k) =>
            throw new PythonException(PyExc.AttributeError("can't set attribute")), Mod);
        d.DefFunction("tuplegetter_delete", (a, k) =>
            throw new PythonException(PyExc.AttributeError("can't delete attribute")), Mod);
        return m;
    }

    // CPython's tuplegetter_descr_get: the tuple's own item, whatever __getitem__ a subclass defines.
    private static PyObject FieldOf(PyObject obj, int index)
    {
        if (obj is not PyTuple t)
            throw new PythonException(PyExc.TypeError(
                $"descriptor for index '{index}' for tuple subclasses doesn't apply to '{obj.Type.Name}' object"));
        if ((uint)index >= (uint)t.Items.Length) throw new PythonException(PyExc.IndexError("tuple index out of range"));
        return t.Items[index];
    }
}
