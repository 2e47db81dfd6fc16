using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// Python <c>dict</c>: CPython's compact, insertion-ordered layout (an index table probed with
/// CPython's perturbation scheme over a dense entry array). <see cref="Version"/> changes on every
/// mutation so inline caches (LOAD_GLOBAL) can validate cheaply.
/// </summary>
public sealed class PyDict : PyObject
{
    private const int Empty = -1, Dummy = -2;
    public struct Entry { public long Hash; public PyObject? Key; public PyObject? Value; }

    private int[] _indices;
    private Entry[] _entries;
    private int _used;      // live entries
    private int _nentries;  // entries slots consumed (live + deleted)
    private static uint _globalVersion;
    public uint Version;

    public PyDict() : this(PyTypes.Dict) { }
    public PyDict(PyType type) : base(type) { _indices = NewIndices(8); _entries = new Entry[5]; Bump(); }

    public int Count => _used;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Bump() => Version = ++_globalVersion;

    private static int[] NewIndices(int size) { var a = new int[size]; Array.Fill(a, Empty); return a; }

    private static int Usable(int size) => (size << 1) / 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && ReferenceEquals(sa.Type, PyTypes.Str) && ReferenceEquals(sb.Type, PyTypes.Str))
            return sa.Value == sb.Value;
        return Ops.RichEqBool(a, b);
    }

    /// <summary>Index into the entry array, or -1.</summary>
    private int FindIndex(PyObject key, long hash, out int slot)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty) { slot = i; return -1; }
            if (ix >= 0)
            {
                ref Entry e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key) || (e.Hash == hash && KeyEquals(e.Key!, key)))
                {
                    slot = i; return ix;
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5) + perturb + 1) & mask;
        }
    }

    private int FindEmptySlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (_indices[i] >= 0 || _indices[i] == Dummy)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5) + perturb + 1) & mask;
        }
        return i;
    }

    public PyObject? GetItem(PyObject key) => GetItem(key, Ops.Hash(key));

    /// <summary>
    /// For inline caches: the value of entry <paramref name="ix"/> when that entry's key is the very
    /// object <paramref name="key"/> (an interned attribute name), else null. Instances of one class
    /// usually insert their attributes in the same order, so a cached index hits without hashing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? ValueAtIfKey(int ix, PyObject key)
    {
        var entries = _entries;
        if ((uint)ix < (uint)entries.Length)
        {
            ref Entry e = ref entries[ix];
            if (ReferenceEquals(e.Key, key)) return e.Value;
        }
        return null;
    }

    /// <summary>Entry index of <paramref name="key"/>, or -1 (see <see cref="ValueAtIfKey"/>).</summary>
    public int EntryIndexOf(PyObject key, long hash) => FindIndex(key, hash, out _);

    public PyObject? GetItem(PyObject key, long hash)
    {
        int ix = FindIndex(key, hash, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Lookup by str key (interned names hit the reference check first).</summary>
    public PyObject? GetItem(PyStr key) => GetItem(key, key.Hash);

    public PyObject? GetItem(string key) => GetItem(PyStr.Intern(key));

    public bool ContainsKey(PyObject key) => FindIndex(key, Ops.Hash(key), out _) >= 0;

    public void SetItem(PyObject key, PyObject value) => SetItem(key, Ops.Hash(key), value);
    public void SetItem(string key, PyObject value) { var k = PyStr.Intern(key); SetItem(k, k.Hash, value); }

    public void SetItem(PyObject key, long hash, PyObject value) => ExchangeItem(key, hash, value);

    /// <summary>Store <paramref name="value"/> under <paramref name="key"/>; returns the value it replaced (null when the
    /// key is new), so a rebinding learns what it dropped without a second lookup.</summary>
    public PyObject? ExchangeItem(PyStr key, PyObject value) => ExchangeItem(key, key.Hash, value);

    public PyObject? ExchangeItem(PyObject key, long hash, PyObject value)
    {
        int ix = FindIndex(key, hash, out _);
        if (ix >= 0)
        {
            var old = _entries[ix].Value;
            _entries[ix].Value = value;
            Bump();
            return old;
        }
        Insert(key, hash, value);
        return null;
    }

    /// <summary>For inline caches (STORE_ATTR): store <paramref name="value"/> under <paramref name="key"/> and return
    /// the index of the entry that now holds it, for <see cref="ReplaceValueAtIfKey"/> next time.</summary>
    public int SetItemReturningIndex(PyObject key, long hash, PyObject value)
    {
        int ix = FindIndex(key, hash, out _);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            Bump();
            return ix;
        }
        return Insert(key, hash, value);
    }

    /// <summary>For inline caches: replace the value of entry <paramref name="ix"/> when that entry's key is the very
    /// object <paramref name="key"/> (see <see cref="ValueAtIfKey"/>); false, changing nothing, otherwise.
    /// A deleted entry has no key, so a stale index never matches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ReplaceValueAtIfKey(int ix, PyObject key, PyObject value)
    {
        var entries = _entries;
        if ((uint)ix < (uint)entries.Length)
        {
            ref Entry e = ref entries[ix];
            if (ReferenceEquals(e.Key, key))
            {
                e.Value = value;
                Bump();
                return true;
            }
        }
        return false;
    }

    /// <summary>Add a key known to be absent; returns its entry index.</summary>
    private int Insert(PyObject key, long hash, PyObject value)
    {
        if (_nentries >= _entries.Length || _nentries >= Usable(_indices.Length)) Resize(GrowthTarget());
        int slot = FindEmptySlot(hash);
        int ix = _nentries;
        _indices[slot] = ix;
        _entries[ix] = new Entry { Hash = hash, Key = key, Value = value };
        _nentries++;
        _used++;
        Bump();
        return ix;
    }

    private int GrowthTarget() => _used * 3;

    private void Resize(int minUsed)
    {
        int size = 8;
        while (Usable(size) <= minUsed) size <<= 1;
        var newEntries = new Entry[Math.Max(Usable(size), _used + 1)];
        int n = 0;
        for (int i = 0; i < _nentries; i++)
            if (_entries[i].Key != null) newEntries[n++] = _entries[i];
        _entries = newEntries;
        _nentries = n;
        _indices = NewIndices(size);
        for (int i = 0; i < n; i++) _indices[FindEmptySlot(_entries[i].Hash)] = i;
    }

    public bool Remove(PyObject key) => Remove(key, Ops.Hash(key), out _);

    public bool Remove(PyObject key, long hash, out PyObject? value)
    {
        int ix = FindIndex(key, hash, out int slot);
        if (ix < 0) { value = null; return false; }
        value = _entries[ix].Value;
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        Bump();
        return true;
    }

    public void Clear()
    {
        _indices = NewIndices(8);
        _entries = new Entry[5];
        _used = _nentries = 0;
        Bump();
    }

    /// <summary>Iterate live entries in insertion order (position-based, tolerant to appends).</summary>
    public bool NextEntry(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _nentries)
        {
            ref Entry e = ref _entries[pos++];
            if (e.Key != null) { key = e.Key; value = e.Value!; return true; }
        }
        key = null!; value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (NextEntry(ref pos, out var k, out var v)) yield return new(k, v);
    }

    public List<PyObject> KeysList()
    {
        var l = new List<PyObject>(_used);
        int pos = 0;
        while (NextEntry(ref pos, out var k, out _)) l.Add(k);
        return l;
    }

    /// <summary>Last live entry (popitem).</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (int i = _nentries - 1; i >= 0; i--)
        {
            if (_entries[i].Key != null)
            {
                key = _entries[i].Key!; value = _entries[i].Value!;
                Remove(key, _entries[i].Hash, out _);
                _nentries = i;
                return true;
            }
        }
        key = null!; value = null!;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        int pos = 0;
        while (NextEntryWithHash(ref pos, out var k, out var h, out var v)) d.SetItem(k, h, v);
        return d;
    }

    public bool NextEntryWithHash(ref int pos, out PyObject key, out long hash, out PyObject value)
    {
        while (pos < _nentries)
        {
            ref Entry e = ref _entries[pos++];
            if (e.Key != null) { key = e.Key; hash = e.Hash; value = e.Value!; return true; }
        }
        key = null!; value = null!; hash = 0;
        return false;
    }

    /// <summary>A counter that changes when keys are added or removed (for iteration checks).</summary>
    public int EntryCount => _nentries;
}
