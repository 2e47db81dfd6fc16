using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Base of every Python object. <see cref="Type"/> is the object's Python type (settable so that
/// instances of subclasses of builtin types reuse the builtin's .NET class, and for <c>__class__</c>
/// assignment). <see cref="Dict"/> is the instance <c>__dict__</c> when the type has one.
/// </summary>
/// <remarks>
/// The header is one field: ints, floats, strs and tuples — most of what a program allocates — have
/// no <c>__dict__</c>, so <see cref="Dict"/> and <see cref="SlotValues"/> are virtual. Classes whose
/// instances usually carry a namespace (<see cref="PyObjectWithDict"/>: user instances, types,
/// modules, functions, exceptions) keep it in a field; the rare rest (instances of user subclasses of
/// builtins like <c>int</c> or <c>list</c>) keep it in <see cref="ObjectSideState"/>.
/// </remarks>
public abstract class PyObject
{
    public PyType Type;

    protected PyObject(PyType type) { Type = type; }

    /// <summary>The instance <c>__dict__</c>, or null when the object has none (yet).</summary>
    public virtual PyDict? Dict
    {
        get => Type.UsesSideState ? ObjectSideState.GetDict(this) : null;
        set => ObjectSideState.SetDict(this, value);
    }

    /// <summary>Storage for <c>__slots__</c> members (null when the type declares none).</summary>
    public virtual PyObject?[]? SlotValues
    {
        get => Type.UsesSideState ? ObjectSideState.GetSlots(this) : null;
        set => ObjectSideState.SetSlots(this, value);
    }

    /// <summary>Identity-based id, stable for the object's lifetime.</summary>
    public long Id => IdTable.GetId(this);

    public override string ToString() => Ops.ReprString(this);
}

/// <summary>A plain instance of a user-defined class whose solid base is <c>object</c>.</summary>
public sealed class PyInstance : PyObjectWithDict
{
    private PyObject?[]? _slots;

    public PyInstance(PyType type) : base(type) { }

    public override PyObject?[]? SlotValues { get => _slots; set => _slots = value; }
}

/// <summary>An object whose <c>__dict__</c> lives in a field (see <see cref="PyObject"/>'s remarks).</summary>
public abstract class PyObjectWithDict : PyObject
{
    private PyDict? _dict;

    protected PyObjectWithDict(PyType type) : base(type) { }

    public sealed override PyDict? Dict { get => _dict; set => _dict = value; }
}

/// <summary>Assigns stable ids (object addresses move in .NET).</summary>
internal static class IdTable
{
    private static readonly ConditionalWeakTable<PyObject, object> Ids = new();
    private static long _next = 0x7f0000001000;

    /// <summary>Give <paramref name="o"/> a chosen id before anything asks for one (the static singletons).</summary>
    public static void Pin(PyObject o, long id) => Ids.AddOrUpdate(o, id);

    public static long GetId(PyObject o)
    {
        var boxed = Ids.GetValue(o, _ => (object)Interlocked.Add(ref _next, 16));
        return (long)boxed;
    }
}
