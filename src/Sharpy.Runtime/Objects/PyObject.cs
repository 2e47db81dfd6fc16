using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Base of every Python object. <see cref="Type"/> is the object's Python type (settable so that
/// instances of subclasses of builtin types reuse the builtin's .NET class, and for <c>__class__</c>
/// assignment). <see cref="Dict"/> is the instance <c>__dict__</c> when the type has one.
/// </summary>
public abstract class PyObject
{
    public PyType Type;
    public PyDict? Dict;
    /// <summary>Storage for <c>__slots__</c> members (null when the type declares none).</summary>
    public PyObject?[]? SlotValues;

    protected PyObject(PyType type) { Type = type; }

    /// <summary>Identity-based id, stable for the object's lifetime.</summary>
    public long Id => IdTable.GetId(this);

    public override string ToString() => Ops.ReprString(this);
}

/// <summary>A plain instance of a user-defined class whose solid base is <c>object</c>.</summary>
public sealed class PyInstance : PyObject
{
    public PyInstance(PyType type) : base(type) { }
}

/// <summary>Assigns stable ids (object addresses move in .NET).</summary>
internal static class IdTable
{
    private static readonly ConditionalWeakTable<PyObject, object> Ids = new();
    private static long _next = 0x7f0000001000;

    public static long GetId(PyObject o)
    {
        var boxed = Ids.GetValue(o, _ => (object)Interlocked.Add(ref _next, 16));
        return (long)boxed;
    }
}
