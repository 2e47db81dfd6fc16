using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// Argument binding for the native itertools constructors, with CPython 3.11's messages: Argument Clinic's
/// (combinations, combinations_with_replacement), PyArg_ParseTupleAndKeywords' (permutations) and product's own.
/// </summary>
internal static class ItertoolsArgs
{
    /// <summary>The tuple of pool[indices[0..r)].</summary>
    public static PyTuple TupleOf(PyObject[] pool, int[] indices, int r)
    {
        if (r == 0) return PyTuple.Empty;
        var items = new PyObject[r];
        for (int k = 0; k < r; k++) items[k] = pool[indices[k]];
        return new PyTuple(items);
    }

    /// <summary>
    /// Binds (iterable, r) from a __new__ call's arguments after cls. <paramref name="clinic"/> selects Argument
    /// Clinic's rules (no check for a name given twice); otherwise PyArg_ParseTupleAndKeywords' (which does).
    /// Returns null for an absent optional r.
    /// </summary>
    public static (PyObject Iterable, PyObject? R) BindIterableR(string name, ReadOnlySpan<PyObject> a, string[]? kw,
        bool rRequired, bool clinic)
    {
        int nkw = kw?.Length ?? 0, npos = a.Length - nkw;
        if (a.Length > 2)
            throw new PythonException(PyExc.TypeError($"{name}() takes at most 2 arguments ({a.Length} given)"));
        PyObject? iterable = npos > 0 ? a[0] : null, r = npos > 1 ? a[1] : null;
        bool duplicate = false;
        string? unknown = null;
        for (int i = 0; i < nkw; i++)
        {
            var v = a[npos + i];
            switch (kw![i])
            {
                case "iterable" when npos < 1: iterable = v; break;
                case "r" when npos < 2: r = v; break;
                case "iterable" or "r": duplicate = true; break;
                default: unknown ??= kw[i]; break;
            }
        }
        if (iterable == null)
            throw new PythonException(PyExc.TypeError($"{name}() missing required argument 'iterable' (pos 1)"));
        if (r == null && rRequired)
            throw new PythonException(PyExc.TypeError($"{name}() missing required argument 'r' (pos 2)"));
        if (duplicate && !clinic)
            throw new PythonException(PyExc.TypeError($"argument for {name}() given by name ('iterable') and position (1)"));
        if (unknown != null)
            throw new PythonException(PyExc.TypeError($"'{unknown}' is an invalid keyword argument for {name}()"));
        return (iterable, r);
    }

    /// <summary>An r that sizes index arrays: CPython's Py_ssize_t conversion, then its failed allocation.</summary>
    public static int CheckR(long r)
    {
        if (r < 0) throw new PythonException(PyExc.ValueError("r must be non-negative"));
        if (r > Array.MaxLength) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        return (int)r;
    }

    /// <summary>The iterable's items (a builtin tuple is shared, not copied: pools are never written).</summary>
    public static PyObject[] Pool(PyObject iterable) => Ops.ToArray(iterable);

    /// <summary>PyLong_AsSsize_t as __setstate__ uses it: ints only (no __index__).</summary>
    public static long StateIndex(PyObject o)
    {
        if (o is not PyInt i) throw new PythonException(PyExc.TypeError("an integer is required"));
        if (i.IsBig) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C ssize_t"));
        return i.Value;
    }

    /// <summary>A state tuple of exactly <paramref name="size"/> items, else CPython's "invalid arguments".</summary>
    public static PyObject[] StateTuple(PyObject state, int size) =>
        state is PyTuple t && t.Items.Length == size ? t.Items
            : throw new PythonException(PyExc.ValueError("invalid arguments"));

    public static long Clamp(long v, long lo, long hi) => v > hi ? hi : v < lo ? lo : v;

    public static PyTuple Ints(int[] values, int count)
    {
        var items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = PyInt.From(values[i]);
        return new PyTuple(items);
    }

    public static PyTuple Tuple(params PyObject[] items) => items.Length == 0 ? PyTuple.Empty : new PyTuple(items);
}
