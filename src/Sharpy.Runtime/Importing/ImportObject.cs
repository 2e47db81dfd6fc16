using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Importing;

/// <summary>
/// Instances of the import system's native classes (ModuleSpec, loaders, finders): ordinary objects
/// with an attribute dict, so Python code can read and assign their attributes as it can CPython's
/// pure-Python originals.
/// </summary>
internal class ImportObject : PyObjectWithDict
{
    public ImportObject(PyType type) : base(type) { Dict = new PyDict(); }

    public PyObject? Get(string name) => Dict!.GetItem(name);

    public void Set(string name, PyObject value) => Dict!.SetItem(name, value);

    public string? GetString(string name) => Get(name) is PyStr s ? s.Value : null;
}

/// <summary>Creates the native classes of the import system.</summary>
internal static class NativeClass
{
    /// <param name="module">__module__ as CPython reports it (e.g. "_frozen_importlib_external"), so reprs match.</param>
    public static PyType Create(string name, string module, Func<PyType, PyObject>? alloc = null)
    {
        var t = PyTypes.NewBuiltin(name, PyTypes.Object, module, alloc ?? (tt => new ImportObject(tt)));
        t.HasInstanceDict = true;
        // Instances of Python subclasses (class L(SourceFileLoader)) must be ImportObjects too: the native
        // methods read their attribute dict directly (NewBuiltin assumes object's layout otherwise).
        t.SolidBase = t;
        return t;
    }

    public static PyObject Str(string? s) => s is null ? PyNone.Instance : new PyStr(s);

    public static string? AsString(PyObject? o) => o is PyStr s ? s.Value : null;
}
