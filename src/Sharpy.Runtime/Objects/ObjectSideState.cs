using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// <c>__dict__</c> and <c>__slots__</c> storage for objects whose .NET class has no field for them:
/// instances of user subclasses of builtin types (<c>class Celsius(float)</c>, <c>IntEnum</c> members,
/// <c>class Stack(list)</c>). Keeping it here keeps every int, float and str 16 bytes smaller.
/// A type's <see cref="PyType.UsesSideState"/> flag is raised on the first store for one of its
/// instances, so reads for all other objects cost one flag test, not a table lookup.
/// </summary>
internal static class ObjectSideState
{
    private sealed class Extras
    {
        public PyDict? Dict;
        public PyObject?[]? Slots;
    }

    private static readonly ConditionalWeakTable<PyObject, Extras> Table = new();

    public static PyDict? GetDict(PyObject o) => Table.TryGetValue(o, out var e) ? e.Dict : null;

    public static PyObject?[]? GetSlots(PyObject o) => Table.TryGetValue(o, out var e) ? e.Slots : null;

    public static void SetDict(PyObject o, PyDict? value)
    {
        if (value is null && !Table.TryGetValue(o, out _)) return;
        o.Type.UsesSideState = true;
        Table.GetOrCreateValue(o).Dict = value;
    }

    public static void SetSlots(PyObject o, PyObject?[]? value)
    {
        if (value is null && !Table.TryGetValue(o, out _)) return;
        o.Type.UsesSideState = true;
        Table.GetOrCreateValue(o).Slots = value;
    }
}
