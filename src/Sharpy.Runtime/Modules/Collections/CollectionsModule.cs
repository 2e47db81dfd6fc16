using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Collections;

/// <summary>
/// <c>_collections</c>: the native <c>deque</c> (re-exported by lib/collections as <c>collections.deque</c>) and its
/// iterator types, as CPython's C module of the same name provides them.
/// </summary>
public static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_collections");
        var d = m.Dict!;
        d.SetItem("deque", DequeType.Deque);
        d.SetItem("_deque_iterator", DequeType.Iterator);
        d.SetItem("_deque_reverse_iterator", DequeType.ReverseIterator);
        d.DefFunction("_count_elements", (a, k) =>
        {
            if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError("_count_elements() takes no keyword arguments"));
            TypeDefinitions.CheckRange("_count_elements", a.Length, 2, 2);
            CountElements(a[0], a[1]);
            return PyNone.Instance;
        }, "_collections");
        return m;
    }

    /// <summary>
    /// Counter's inner loop (CPython's _collections._count_elements): mapping[elem] = mapping.get(elem, 0) + 1 for
    /// each element. A dict (subclass) whose get and __setitem__ are dict's is updated directly, hashing each
    /// element once; otherwise the mapping's own methods are called.
    /// </summary>
    private static void CountElements(PyObject mapping, PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        var one = PyInt.From(1);
        var zero = PyInt.From(0);
        var dictType = PyTypes.Dict;
        if (mapping is PyDict d && ReferenceEquals(mapping.Type.Lookup("get"), dictType.Lookup("get"))
            && ReferenceEquals(mapping.Type.Lookup("__setitem__"), dictType.Lookup("__setitem__")))
        {
            while (Ops.Next(it) is { } key)
            {
                long hash = Ops.Hash(key);
                var old = d.GetItem(key, hash);
                d.SetItem(key, hash, old == null ? one
                    : old is PyInt { IsBig: false } o && o.Type == PyTypes.Int && o.Value < long.MaxValue ? PyInt.From(o.Value + 1)
                    : Ops.Add(old, one));
            }
            return;
        }
        var get = Ops.GetAttr(mapping, "get");
        while (Ops.Next(it) is { } key)
        {
            var old = Ops.Call(get, key, zero);
            Ops.SetItem(mapping, key, Ops.Add(old, one));
        }
    }
}
