namespace Sharpy.Runtime.Objects;

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new(PyTypes.Tuple, []);
    public PyTuple(PyObject[] items) : base(PyTypes.Tuple) { Items = items; }
    public PyTuple(PyType t, PyObject[] items) : base(t) { Items = items; }
    public static PyTuple Create(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
    public static PyTuple Of(params PyObject[] items) => Create(items);
    public int Count => Items.Length;
}

public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;
    public PyList() : base(PyTypes.List) { Items = []; }
    public PyList(PyType t) : base(t) { Items = []; }
    public PyList(PyObject[] items) : base(PyTypes.List) { Items = items; Count = items.Length; }
    public PyList(List<PyObject> items) : base(PyTypes.List) { Items = items.ToArray(); Count = Items.Length; }

    public void Append(PyObject o)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Math.Max(4, Count * 2));
        Items[Count++] = o;
    }

    /// <summary>
    /// Append every item of <paramref name="iterable"/>, as list.extend does: a builtin list or tuple in one
    /// copy (a snapshot, so <c>l.extend(l)</c> doubles, also for a subclass), anything else item by item as its iterator yields.
    /// </summary>
    public void AppendAll(PyObject iterable)
    {
        ReadOnlySpan<PyObject> items;
        if (iterable is PyList l && (l.Type.IsBuiltin || ReferenceEquals(l, this))) items = ReferenceEquals(l, this) ? l.ToArray() : l.Span;
        else if (iterable is PyTuple t && t.Type.IsBuiltin) items = t.Items;
        else
        {
            var it = Ops.GetIter(iterable);
            while (Ops.Next(it) is { } v) Append(v);
            return;
        }
        EnsureCapacity(Count + items.Length);
        items.CopyTo(Items.AsSpan(Count));
        Count += items.Length;
    }

    public void EnsureCapacity(int n)
    {
        if (Items.Length < n) Array.Resize(ref Items, Math.Max(n, Items.Length * 2));
    }

    public void Insert(int i, PyObject o)
    {
        if (Count == Items.Length) Array.Resize(ref Items, Math.Max(4, Count * 2));
        Array.Copy(Items, i, Items, i + 1, Count - i);
        Items[i] = o;
        Count++;
    }

    public void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Items[--Count] = null!;
    }

    /// <summary>Store into slot <paramref name="i"/> (0 &lt;= i &lt; Count) through a span: a plain array store
    /// into a PyObject[] pays a covariance check for every item type other than PyObject itself.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void SetAt(int i, PyObject o) => Items.AsSpan()[i] = o;

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();
    public Span<PyObject> Span => Items.AsSpan(0, Count);
}

public sealed class PyBytes : PyObject
{
    public readonly byte[] Value;
    public PyBytes(byte[] v) : base(PyTypes.Bytes) { Value = v; }
    public PyBytes(PyType t, byte[] v) : base(t) { Value = v; }
}

public class PyByteArray : PyObject
{
    public List<byte> Value = new();
    public PyByteArray(PyType t) : base(t) { }
    public PyByteArray(byte[] v) : base(PyTypes.ByteArray) { Value = new List<byte>(v); }
}

public sealed class PyRange : PyObject
{
    public readonly long Start, Stop, Step;
    public PyRange(long start, long stop, long step) : base(PyTypes.Range) { Start = start; Stop = stop; Step = step; }
    public long Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((decimal)Stop - Start - 1) / Step) + 1 : 0;
            return Start > Stop ? (long)(((decimal)Start - Stop - 1) / -(decimal)Step) + 1 : 0;
        }
    }
}

public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;
    public PySlice(PyObject start, PyObject stop, PyObject step) : base(PyTypes.Slice) { Start = start; Stop = stop; Step = step; }
}

public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public PyCell(PyObject? v) : base(PyTypes.Cell) { Value = v; }
}

public class PyModule : PyObjectWithDict
{
    public PyModule(string name) : this(PyTypes.Module, name) { }
    public PyModule(PyType t, string name) : base(t)
    {
        Dict = new PyDict();
        Dict.SetItem("__name__", new PyStr(name));
        Dict.SetItem("__doc__", PyNone.Instance);
        Dict.SetItem("__package__", PyNone.Instance);
        Dict.SetItem("__loader__", PyNone.Instance);
        Dict.SetItem("__spec__", PyNone.Instance);
    }
    public string Name => (Dict!.GetItem("__name__") as PyStr)?.Value ?? "?";
    public PyDict Globals => Dict!;
}

public sealed class PyClassMethod : PyObject
{
    public PyObject Callable;
    public PyClassMethod(PyObject f) : base(PyTypes.ClassMethod) { Callable = f; }
    public PyClassMethod(PyType t, PyObject f) : base(t) { Callable = f; }
}

public sealed class PyStaticMethod : PyObject
{
    public PyObject Callable;
    public PyStaticMethod(PyObject f) : base(PyTypes.StaticMethod) { Callable = f; }
    public PyStaticMethod(PyType t, PyObject f) : base(t) { Callable = f; }
}

public sealed class PyProperty : PyObject
{
    public PyObject? Getter, Setter, Deleter, Doc;
    /// <summary>The attribute name given by __set_name__ (CPython's prop_name), for error messages.</summary>
    public PyObject? Name;
    public PyProperty(PyType t) : base(t) { }
}

public sealed class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;
    public PySuper(PyType t) : base(t) { }
}

/// <summary>A bound method: a function together with the instance it was looked up on.</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;
    public PyMethod(PyObject f, PyObject self) : base(PyTypes.Method) { Function = f; Self = self; }
}
