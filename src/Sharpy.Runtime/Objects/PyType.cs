using System.Runtime.CompilerServices;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// A Python type object. Its namespace is <see cref="PyObject.Dict"/>. <see cref="Version"/> changes
/// whenever this type or any base changes, so inline caches keyed on it stay valid.
/// </summary>
public sealed partial class PyType : PyObjectWithDict
{
    public string Name;
    public string QualName;
    public PyType[] Bases;
    public PyType[] Mro = [];
    /// <summary>The builtin type whose .NET representation instances use (object, int, list, ...).</summary>
    public PyType SolidBase = null!;
    public bool IsBuiltin;
    /// <summary>Some instance of this type keeps its __dict__ or slots in <see cref="ObjectSideState"/>.</summary>
    internal bool UsesSideState;
    public bool IsBaseType = true;
    /// <summary>Instances carry a <c>__dict__</c>.</summary>
    public bool HasInstanceDict;
    /// <summary>Names declared in <c>__slots__</c> along the MRO, with their storage index.</summary>
    public string[] SlotNames = [];
    /// <summary>The most derived class in this type's ancestry that added <c>__slots__</c> storage (null: none).
    /// Two bases whose slot layouts are unrelated cannot be combined, as CPython's solid_base rule.</summary>
    public PyType? SlotLayoutOwner;
    public uint Version;
    private long _identityHash;
    private bool _identityHashed;

    /// <summary>object.__hash__ of this class, computed once (the id table lookup is a weak-table probe).</summary>
    public long IdentityHash
    {
        get
        {
            if (!_identityHashed) { _identityHash = Ops.ObjectHash(this); _identityHashed = true; }
            return _identityHash;
        }
    }
    /// <summary>Creates an empty instance of this builtin layout for a subtype (null: not instantiable).</summary>
    public Func<PyType, PyObject>? Allocator;
    /// <summary>
    /// A shortcut for calling exactly this builtin type (CPython 3.11's tp_vectorcall on str, int, list, ...):
    /// what its __new__ and __init__ would return for the arguments, without their lookups and argument
    /// parsing; null when it does not handle them, and the general protocol runs. Builtin types are immutable,
    /// so the shortcut cannot go stale; subclasses are other type objects and never use it.
    /// </summary>
    internal ExactTypeCall? ExactCall;

    private static uint _nextVersion = 1;
    private readonly List<WeakReference<PyType>> _subclasses = new();
    private Dictionary<string, PyObject?>? _lookupCache;
    // Direct-mapped by the name's hash, keyed by the PyStr object; cleared with _lookupCache (see Lookup(PyStr)).
    private NameLookupEntry?[]? _lookupByName;

    // Cached "has user override" flags refreshed with the version.
    internal bool HasGetattribute, HasGetattr, HasSetattr, HasDelattr;

    public PyType(PyType? metatype, string name, PyType[] bases, PyDict dict) : base(metatype!)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        base.Dict = dict;
        Version = _nextVersion++;
    }

    public new PyDict Dict => base.Dict!;

    public void Modified()
    {
        Version = _nextVersion++;
        _lookupCache = null;
        _lookupByName = null;
        RefreshFlags();
        lock (_subclasses)
        {
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub)) sub.Modified();
        }
    }

    internal void AddSubclass(PyType sub)
    {
        lock (_subclasses) _subclasses.Add(new WeakReference<PyType>(sub));
    }

    public List<PyType> Subclasses()
    {
        var l = new List<PyType>();
        lock (_subclasses)
            foreach (var w in _subclasses) if (w.TryGetTarget(out var t)) l.Add(t);
        return l;
    }

    internal void RefreshFlags()
    {
        if (Mro.Length == 0) return;
        var ga = LookupUncached("__getattribute__");
        HasGetattribute = ga != null && ga is not PyMethodDescriptor;
        HasGetattr = LookupUncached("__getattr__") != null;
        var sa = LookupUncached("__setattr__");
        HasSetattr = sa != null && sa is not PyMethodDescriptor;
        var da = LookupUncached("__delattr__");
        HasDelattr = da != null && da is not PyMethodDescriptor;
    }

    /// <summary>Find <paramref name="name"/> along the MRO (no descriptor binding); null if absent.</summary>
    public PyObject? Lookup(string name)
    {
        var cache = _lookupCache ??= new Dictionary<string, PyObject?>();
        if (cache.TryGetValue(name, out var v)) return v;
        v = LookupUncached(name);
        cache[name] = v;
        return v;
    }

    /// <summary>As <see cref="Lookup(string)"/>, first through a small table keyed by the name object itself.
    /// Why: attribute names in code are interned PyStr objects, and a polymorphic call site (one method run on
    /// instances of several subclasses) misses its one-entry inline cache on every type change; hashing the
    /// .NET string for the dictionary then cost more than the attribute access (richards: 6% of the run).</summary>
    public PyObject? Lookup(PyStr name)
    {
        var table = _lookupByName ??= new NameLookupEntry?[NameLookupSlots];
        int slot = (int)name.Hash & (NameLookupSlots - 1);
        // One read of an immutable entry: name and value always belong together.
        var entry = table[slot];
        if (entry != null && ReferenceEquals(entry.Name, name)) return entry.Value;
        var v = Lookup(name.Value);
        // Modified() may have dropped the table meanwhile (a lookup runs no Python code, but be safe).
        if (ReferenceEquals(table, _lookupByName)) table[slot] = new NameLookupEntry(name, v);
        return v;
    }

    private const int NameLookupSlots = 64;

    private sealed class NameLookupEntry(PyStr name, PyObject? value)
    {
        public readonly PyStr Name = name;
        public readonly PyObject? Value = value;
    }

    private PyObject? LookupUncached(string name)
    {
        var key = PyStr.Intern(name);
        foreach (var t in Mro)
        {
            var v = t.Dict.GetItem(key);
            if (v != null) return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++) if (ReferenceEquals(mro[i], other)) return true;
        return false;
    }

    /// <summary>
    /// CPython's tp_name where it differs from <see cref="Name"/>: static types of extension modules are named
    /// "module.name" in error messages (<c>unhashable type: 'collections.deque'</c>). Set per type, opt-in.
    /// </summary>
    public string? ErrorName;

    /// <summary>The name CPython's error messages print for this type (tp_name).</summary>
    public string TpName => ErrorName ?? Name;

    public string FullName
    {
        get
        {
            var m = Dict.GetItem("__module__");
            if (m is PyStr ms && ms.Value != "builtins") return ms.Value + "." + QualName;
            return QualName;
        }
    }

    /// <summary>CPython 3.11: Objects/typeobject.c mro_implementation (C3 linearisation).</summary>
    public static PyType[] ComputeC3(PyType self, PyType[] bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                    if (s2.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                // CPython lists the remaining heads in the order of the bases, without duplicates.
                var names = new List<string>();
                var seen = new HashSet<PyType>();
                foreach (var s in seqs)
                    if (seen.Add(s[0])) names.Add(s[0].Name);
                throw new PythonException(PyExc.TypeError(
                    "Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names)));
            }
            result.Add(candidate);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
    }

    public override string ToString() => $"<class '{FullName}'>";
}
