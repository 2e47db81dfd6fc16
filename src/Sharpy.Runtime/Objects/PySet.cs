namespace Sharpy.Runtime.Objects;

/// <summary>
/// Python <c>set</c>/<c>frozenset</c>: a port of CPython 3.11's open-addressing table (linear probes
/// of 9 then perturbation, same growth), so with CPython's hashes the iteration order is CPython's.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject DummyKey = new PyInstance(PyTypes.Object);

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _mask = MinSize - 1;
    private int _fill, _used;
    public readonly bool Frozen;
    public long CachedHash = -1;

    public PySet(PyType type, bool frozen) : base(type) { Frozen = frozen; }
    public PySet() : this(PyTypes.Set, false) { }

    public int Count => _used;

    public bool Add(PyObject key) => Add(key, Ops.Hash(key));

    // CPython 3.11: Objects/setobject.c set_add_entry
    public bool Add(PyObject key, long hash)
    {
        while (true)
        {
            int mask = _mask;
            ulong perturb = (ulong)hash;
            int i = (int)(hash & mask);
            int freeslot = -1;
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int j = i;
                do
                {
                    var k = _keys[j];
                    if (k == null)
                    {
                        if (freeslot >= 0)
                        {
                            _used++;
                            _keys[freeslot] = key; _hashes[freeslot] = hash;
                            return true;
                        }
                        _fill++; _used++;
                        _keys[j] = key; _hashes[j] = hash;
                        if ((long)_fill * 5 < (long)mask * 3) return true;
                        Resize(_used > 50000 ? _used * 2 : _used * 4);
                        return true;
                    }
                    if (ReferenceEquals(k, DummyKey))
                    {
                        if (freeslot < 0) freeslot = j;
                    }
                    else if (_hashes[j] == hash)
                    {
                        if (ReferenceEquals(k, key) || KeyEq(k, key)) return false;
                        if (mask != _mask) goto restart;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        restart:;
        }
    }

    private static bool KeyEq(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb && ReferenceEquals(a.Type, PyTypes.Str) && ReferenceEquals(b.Type, PyTypes.Str))
            return sa.Value == sb.Value;
        return Ops.RichEqBool(a, b);
    }

    private int FindSlot(PyObject key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k == null) return -1;
                if (!ReferenceEquals(k, DummyKey) && _hashes[j] == hash && (ReferenceEquals(k, key) || KeyEq(k, key))) return j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key) => FindSlot(key, Ops.Hash(key)) >= 0;
    public bool Contains(PyObject key, long hash) => FindSlot(key, hash) >= 0;

    public bool Remove(PyObject key)
    {
        int j = FindSlot(key, Ops.Hash(key));
        if (j < 0) return false;
        _keys[j] = DummyKey;
        _hashes[j] = -1;
        _used--;
        return true;
    }

    private void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            if (keys[i] == null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (keys[i + j] == null) { keys[i + j] = key; hashes[i + j] = hash; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    // CPython 3.11: Objects/setobject.c set_table_resize
    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var oldKeys = _keys; var oldHashes = _hashes;
        _keys = new PyObject?[newSize]; _hashes = new long[newSize];
        _mask = newSize - 1;
        _fill = _used;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k != null && !ReferenceEquals(k, DummyKey)) InsertClean(_keys, _hashes, _mask, k, oldHashes[i]);
        }
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize]; _hashes = new long[MinSize]; _mask = MinSize - 1; _fill = _used = 0;
    }

    /// <summary>Table-order iteration (CPython's order).</summary>
    public bool Next(ref int pos, out PyObject key, out long hash)
    {
        while (pos <= _mask && pos < _keys.Length)
        {
            var k = _keys[pos];
            hash = _hashes[pos];
            pos++;
            if (k != null && !ReferenceEquals(k, DummyKey)) { key = k; return true; }
        }
        key = null!; hash = 0;
        return false;
    }

    public List<PyObject> ToList()
    {
        var l = new List<PyObject>(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out _)) l.Add(k);
        return l;
    }

    /// <summary>CPython's set_merge: bulk insertion from another set.</summary>
    public void UpdateFromSet(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill; _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            int pos = 0;
            while (other.Next(ref pos, out var k, out var h)) { InsertClean(_keys, _hashes, _mask, k, h); _fill++; _used++; }
            return;
        }
        int p = 0;
        while (other.Next(ref p, out var k2, out var h2)) Add(k2, h2);
    }

    public void UpdateFromDict(PyDict d)
    {
        if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3) Resize((_used + d.Count) * 2);
        int pos = 0;
        while (d.NextEntryWithHash(ref pos, out var k, out var h, out _)) Add(k, h);
    }

    public PyObject PopAny()
    {
        // CPython keeps a "finger"; starting from 0 matches for fresh sets.
        for (int i = 0; i <= _mask; i++)
        {
            var k = _keys[i];
            if (k != null && !ReferenceEquals(k, DummyKey))
            {
                _keys[i] = DummyKey; _hashes[i] = -1; _used--;
                return k;
            }
        }
        throw new PythonException(PyExc.KeyError("pop from an empty set"));
    }
}
