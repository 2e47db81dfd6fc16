namespace Sharpy.Runtime.Objects;

/// <summary>
/// Which native special methods CPython exposes as slot wrappers (<c>wrapper_descriptor</c>, from
/// typeobject.c's slotdefs) rather than as ordinary methods, and the argument errors of its wrap_* functions.
/// </summary>
public static class SlotWrappers
{
    private static readonly HashSet<string> SlotNames =
    [
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__",
        "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__",
        "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
        "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__",
        "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__",
        "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__",
        "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    ];

    /// <summary>
    /// True when CPython's <paramref name="owner"/>.<paramref name="name"/> is a slot wrapper. dict and list define
    /// <c>__getitem__</c>, and dict, set and frozenset <c>__contains__</c>, as real methods next to the slot.
    /// </summary>
    public static bool IsSlot(PyType owner, string name)
    {
        if (!SlotNames.Contains(name)) return false;
        if (name == "__getitem__") return !(ReferenceEquals(owner, PyTypes.Dict) || ReferenceEquals(owner, PyTypes.List));
        if (name == "__contains__")
            return !(ReferenceEquals(owner, PyTypes.Dict) || ReferenceEquals(owner, PyTypes.Set) || ReferenceEquals(owner, PyTypes.FrozenSet));
        return true;
    }

    /// <summary>
    /// The arity check of a slot wrapper taking <paramref name="min"/>..<paramref name="max"/> arguments after self:
    /// check_num_args's "expected 1 argument, got 0" for fixed counts of 0 or 1, PyArg_UnpackTuple's (with an
    /// empty name, hence the leading space) otherwise.
    /// </summary>
    public static void CheckArgs(string name, int n, int min, int max, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"wrapper {name}() takes no keyword arguments"));
        if (n >= min && n <= max) return;
        if (min == max && max <= 1)
            throw new PythonException(PyExc.TypeError($"expected {max} argument{(max == 1 ? "" : "s")}, got {n}"));
        int bound = n < min ? min : max;
        string how = min == max ? "" : n < min ? "at least " : "at most ";
        throw new PythonException(PyExc.TypeError($" expected {how}{bound} argument{(bound == 1 ? "" : "s")}, got {n}"));
    }
}
