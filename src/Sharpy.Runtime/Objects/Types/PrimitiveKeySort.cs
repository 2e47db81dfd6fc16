namespace Sharpy.Runtime.Objects;

/// <summary>
/// list.sort / sorted when every key is an exact machine-sized int, every key a float (no NaN) or every key an
/// exact str without astral characters: no comparison can run Python code, raise or be observed, so the keys
/// are copied into a .NET array and sorted natively together with their positions. Equal keys are then put
/// back in their original order, which makes the result the one stable order CPython's timsort produces (a
/// total order has exactly one). NaN is left to the general sort, whose answer depends on the comparison
/// sequence; so are astral strs (UTF-16 order is not code point order for them).
/// </summary>
internal static class PrimitiveKeySort
{
    /// <summary>Sorts <paramref name="values"/> by <paramref name="keys"/>; false (nothing changed) when the keys do not qualify.</summary>
    public static bool TrySort(PyObject[] keys, PyObject[] values, bool reverse)
    {
        var type = keys[0].Type;
        foreach (var k in keys)
            if (!ReferenceEquals(k.Type, type)) return false;
        int n = keys.Length;
        if (ReferenceEquals(type, PyTypes.Int))
        {
            var ints = new long[n];
            for (int i = 0; i < n; i++)
            {
                var k = (PyInt)keys[i];
                if (k.IsBig) return false;
                ints[i] = k.Value;
            }
            SortStable(ints, values, reverse, null);
            return true;
        }
        if (ReferenceEquals(type, PyTypes.Float))
        {
            var floats = new double[n];
            for (int i = 0; i < n; i++)
            {
                double d = ((PyFloat)keys[i]).Value;
                if (double.IsNaN(d)) return false;
                floats[i] = d;
            }
            SortStable(floats, values, reverse, null);
            return true;
        }
        if (ReferenceEquals(type, PyTypes.Str))
        {
            var strs = new string[n];
            for (int i = 0; i < n; i++)
            {
                var s = (PyStr)keys[i];
                if (s.HasSplitSurrogates || !s.IsBmp) return false;
                strs[i] = s.Value;
            }
            SortStable(strs, values, reverse, StringComparer.Ordinal);
            return true;
        }
        return false;
    }

    private static void SortStable<T>(T[] keys, PyObject[] values, bool reverse, IComparer<T>? comparer)
    {
        int n = keys.Length;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order, comparer);
        if (reverse)
        {
            Array.Reverse(keys);
            Array.Reverse(order);
        }
        // The native sort is not stable: within each run of equal keys, restore the original order. (Ordinal
        // equality for strs; for floats 0.0 and -0.0 are equal, as under Python's <.)
        var eq = EqualityComparer<T>.Default;
        for (int start = 0; start < n;)
        {
            int end = start + 1;
            while (end < n && eq.Equals(keys[start], keys[end])) end++;
            if (end - start > 1) Array.Sort(order, start, end - start);
            start = end;
        }
        var sorted = new PyObject[n];
        for (int i = 0; i < n; i++) sorted[i] = values[order[i]];
        sorted.CopyTo(values, 0);
    }
}
