namespace Sharpy.Runtime.Objects;

/// <summary>
/// Finds CPython's docstring and text signature of a builtin type, function or method in the generated tables
/// (<see cref="BuiltinTypeDocs"/>, <see cref="BuiltinMemberDocs"/>), keyed by "module.qualname" as the object
/// reports itself. Sharpy's native objects carry no doc text of their own, so help(), pydoc and
/// inspect.signature() read it from here.
/// </summary>
internal static class BuiltinDocs
{
    public static string ModuleOf(PyType t) => t.Dict.GetItem("__module__") is PyStr ms ? ms.Value : "builtins";

    public static (string? Doc, string? Signature) OfType(string module, string name) =>
        BuiltinTypeDocs.ByName.TryGetValue(module + "." + name, out var entry) ? entry : default;

    public static (string? Doc, string? Signature) OfType(PyType t) =>
        t.IsBuiltin ? OfType(ModuleOf(t), t.Name) : default;

    /// <summary>A method or descriptor named <paramref name="name"/> that <paramref name="owner"/> defines.</summary>
    public static (string? Doc, string? Signature) OfMember(PyType owner, string name) =>
        owner.IsBuiltin && BuiltinMemberDocs.ByName.TryGetValue(ModuleOf(owner) + "." + owner.Name + "." + name, out var entry)
            ? entry : default;

    /// <summary>
    /// A builtin_function_or_method: a module function, a type's __new__, a classmethod bound to a type or a
    /// method bound to an instance (found in the first class of the MRO that documents it).
    /// </summary>
    public static (string? Doc, string? Signature) OfFunction(PyBuiltinFunction f)
    {
        if (f.NewOwner is { } newOwner) return OfMember(newOwner, f.Name);
        if (f.StaticOwner is { } staticOwner) return OfMember(staticOwner, f.Name);   // str.maketrans
        if (f.Self is null or PyModule)
            return f.ModuleName != null && BuiltinMemberDocs.ByName.TryGetValue(f.ModuleName + "." + f.Name, out var entry)
                ? entry : default;
        if (f.Self is PyType boundType && FromMro(boundType, f.Name) is { } classLevel) return classLevel;
        return FromMro(f.Self.Type, f.Name) ?? default;
    }

    private static (string? Doc, string? Signature)? FromMro(PyType t, string name)
    {
        foreach (var c in t.Mro)
        {
            var entry = OfMember(c, name);
            if (entry.Doc != null || entry.Signature != null) return entry;
        }
        return null;
    }

    public static PyObject Str(string? text) => text != null ? new PyStr(text) : PyNone.Instance;
}
