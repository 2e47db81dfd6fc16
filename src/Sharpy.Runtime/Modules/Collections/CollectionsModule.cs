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
        return m;
    }
}
