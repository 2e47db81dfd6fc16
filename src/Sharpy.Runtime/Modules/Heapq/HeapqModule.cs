using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Heapq;

/// <summary>
/// <c>_heapq</c>: the heap primitives over a list, natively as in CPython 3.11 (Modules/_heapqmodule.c); lib/heapq.py
/// imports them over its Python versions (heappop in Python cost ~8 us on a 100,000-item heap, 5-8x CPython).
/// Same sift algorithms, so the same comparisons in the same order and the same resulting layouts; a comparison
/// that changes the list's size raises RuntimeError, as CPython's does.
/// </summary>
public static class HeapqModule
{
    private const string Mod = "_heapq";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("heappush", (a, k) =>
        {
            var heap = TwoArgs(a, k, "heappush");
            heap.Append(a[1]);
            SiftDown(heap, 0, heap.Count - 1, false);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("heappop", (a, k) => Pop(OneArg(a, k, "heappop"), false), Mod);
        d.DefFunction("heapreplace", (a, k) => Replace(TwoArgs(a, k, "heapreplace"), a[1], false), Mod);
        d.DefFunction("heappushpop", (a, k) =>
        {
            var heap = TwoArgs(a, k, "heappushpop");
            var item = a[1];
            if (heap.Count == 0 || !Ops.LessThan(heap.Items[0], item)) return item;
            if (heap.Count == 0) throw new PythonException(PyExc.IndexError("index out of range"));
            var top = heap.Items[0];
            heap.Items[0] = item;
            SiftUp(heap, 0, false);
            return top;
        }, Mod);
        d.DefFunction("heapify", (a, k) => { Heapify(OneArg(a, k, "heapify"), false); return PyNone.Instance; }, Mod);
        d.DefFunction("_heappop_max", (a, k) => Pop(OneArg(a, k, "_heappop_max"), true), Mod);
        d.DefFunction("_heapreplace_max", (a, k) => Replace(TwoArgs(a, k, "_heapreplace_max"), a[1], true), Mod);
        d.DefFunction("_heapify_max", (a, k) => { Heapify(OneArg(a, k, "_heapify_max"), true); return PyNone.Instance; }, Mod);
        return m;
    }

    private static PyList OneArg(ReadOnlySpan<PyObject> a, string[]? k, string name)
    {
        if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{Mod}.{name}() takes no keyword arguments"));
        if (a.Length != 1)
            throw new PythonException(PyExc.TypeError($"{Mod}.{name}() takes exactly one argument ({a.Length} given)"));
        return a[0] as PyList
            ?? throw new PythonException(PyExc.TypeError($"{name}() argument must be list, not {a[0].Type.Name}"));
    }

    private static PyList TwoArgs(ReadOnlySpan<PyObject> a, string[]? k, string name)
    {
        if (k is { Length: > 0 }) throw new PythonException(PyExc.TypeError($"{Mod}.{name}() takes no keyword arguments"));
        if (a.Length != 2) throw new PythonException(PyExc.TypeError($"{name} expected 2 arguments, got {a.Length}"));
        return a[0] as PyList
            ?? throw new PythonException(PyExc.TypeError($"{name}() argument 1 must be list, not {a[0].Type.Name}"));
    }

    private static PyObject Pop(PyList heap, bool max)
    {
        if (heap.Count == 0) throw new PythonException(PyExc.IndexError("index out of range"));
        var last = heap.Items[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var top = heap.Items[0];
        heap.Items[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    private static PyObject Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) throw new PythonException(PyExc.IndexError("index out of range"));
        var top = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max);
        return top;
    }

    private static void Heapify(PyList heap, bool max)
    {
        // Bottom-up; CPython's cache-friendly order for big heaps sifts the same nodes children-first, so the
        // resulting layout is the same.
        for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i, max);
    }

    /// <summary>a &lt; b for the min-heap, b &lt; a for the max-heap (CPython compares that way round).</summary>
    private static bool Before(PyObject a, PyObject b, bool max) => max ? Ops.LessThan(b, a) : Ops.LessThan(a, b);

    private static void CheckSize(PyList heap, int size)
    {
        if (heap.Count != size) throw new PythonException(PyExc.RuntimeError("list changed size during iteration"));
    }

    // Moves the item at pos up towards startPos while it is smaller than its parent.
    private static void SiftDown(PyList heap, int startPos, int pos, bool max)
    {
        int size = heap.Count;
        var item = heap.Items[pos];
        while (pos > startPos)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap.Items[parentPos];
            bool lt = Before(item, parent, max);
            CheckSize(heap, size);
            if (!lt) break;
            // the comparison may have reordered the list: swap what is there now
            parent = heap.Items[parentPos];
            item = heap.Items[pos];
            heap.Items[parentPos] = item;
            heap.Items[pos] = parent;
            pos = parentPos;
        }
    }

    // Moves the smaller child up until a leaf, then sifts the original item back down into place.
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int end = heap.Count, start = pos, limit = end >> 1;
        while (pos < limit)
        {
            int child = 2 * pos + 1;
            if (child + 1 < end)
            {
                bool lt = Before(heap.Items[child], heap.Items[child + 1], max);
                CheckSize(heap, end);
                if (!lt) child++;
            }
            var tmp = heap.Items[child];
            heap.Items[child] = heap.Items[pos];
            heap.Items[pos] = tmp;
            pos = child;
        }
        SiftDown(heap, start, pos, max);
    }
}
