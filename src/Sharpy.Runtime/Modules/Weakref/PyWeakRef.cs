using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Weakref;

/// <summary>
/// A Python weak reference (<c>weakref.ref</c>). Sharpy has no reference counting: the referent dies
/// when the .NET garbage collector finds it unreachable, so <c>r()</c> turns None only after a
/// collection (<c>gc.collect()</c> forces a full one). Callbacks are queued when a sweep of the
/// registry finds the referent gone and run on the interpreter thread by
/// <see cref="WeakRefRegistry.RunPendingCallbacks"/>.
/// </summary>
public sealed class PyWeakRef : PyObject
{
    private WeakReference<PyObject>? _target;
    public PyObject? Callback;
    public long? CachedHash;

    public PyWeakRef(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        Callback = callback is PyNone ? null : callback;
    }

    /// <summary>The referent, or null once it has been collected.</summary>
    public PyObject? Target
    {
        get
        {
            if (_target != null && _target.TryGetTarget(out var t)) return t;
            _target = null;
            return null;
        }
    }
}

/// <summary>
/// Weak references per referent (for reuse of callback-less refs, getweakrefcount, getweakrefs) and
/// the queue of callbacks whose referents died. Dead referents are found by sweeping the registry
/// after a collection (<see cref="Sweep"/>), not by .NET finalizers: a ConditionalWeakTable value
/// is not reliably finalized in the collection that frees its key, and callbacks must run on the
/// interpreter thread anyway.
/// </summary>
public static class WeakRefRegistry
{
    private static readonly ConditionalWeakTable<PyObject, RefList> Lists = new();
    private static readonly List<RefList> All = new();
    private static readonly ConcurrentQueue<PyWeakRef> Pending = new();
    private static int _addsSinceSweep;

    /// <summary>The weak references to one referent (held weakly, like CPython's weakref list).</summary>
    private sealed class RefList
    {
        public readonly WeakReference<PyObject> Target;
        public readonly List<WeakReference<PyWeakRef>> Refs = new();
        public RefList(PyObject target) { Target = new WeakReference<PyObject>(target); }
    }

    /// <summary>Whether any weak reference was ever made (the eval loop's gate for <c>del</c> and module-level
    /// rebinding: see <see cref="HasLiveRefs"/>).</summary>
    public static bool Any;

    /// <summary>Whether <paramref name="target"/> has live weak references (the type flag answers for most objects).</summary>
    public static bool HasLiveRefs(PyObject target)
    {
        if (!target.Type.InstancesWeaklyReferenced || !Lists.TryGetValue(target, out var list)) return false;
        lock (list.Refs)
            foreach (var w in list.Refs)
                if (w.TryGetTarget(out _)) return true;
        return false;
    }

    public static void Add(PyObject target, PyWeakRef r)
    {
        Any = true;
        target.Type.InstancesWeaklyReferenced = true;
        bool created = false;
        var list = Lists.GetValue(target, t => { created = true; return new RefList(t); });
        lock (list.Refs) list.Refs.Add(new WeakReference<PyWeakRef>(r));
        if (created)
        {
            lock (All)
            {
                All.Add(list);
                // Keep the registry proportional to the live referents between collections.
                if (++_addsSinceSweep >= 4096 && _addsSinceSweep >= All.Count / 2) SweepLocked();
            }
        }
    }

    /// <summary>Queue the callbacks of weak references whose referents were collected; returns how many referents
    /// were found dead.</summary>
    public static int Sweep()
    {
        lock (All) return SweepLocked();
    }

    private static int SweepLocked()
    {
        _addsSinceSweep = 0;
        int kept = 0;
        for (int i = 0; i < All.Count; i++)
        {
            var list = All[i];
            if (list.Target.TryGetTarget(out _)) { All[kept++] = list; continue; }
            lock (list.Refs)
            {
                foreach (var w in list.Refs)
                    if (w.TryGetTarget(out var r) && r.Callback != null) Pending.Enqueue(r);
                list.Refs.Clear();
            }
        }
        int dead = All.Count - kept;
        All.RemoveRange(kept, dead);
        return dead;
    }

    /// <summary>The live weak references to <paramref name="target"/>, oldest first.</summary>
    public static List<PyWeakRef> RefsTo(PyObject target)
    {
        var result = new List<PyWeakRef>();
        if (!Lists.TryGetValue(target, out var list)) return result;
        lock (list.Refs)
        {
            list.Refs.RemoveAll(w => !w.TryGetTarget(out _));
            foreach (var w in list.Refs)
                if (w.TryGetTarget(out var r) && ReferenceEquals(r.Target, target)) result.Add(r);
        }
        return result;
    }

    /// <summary>
    /// The live weak references in CPython's list order: the plain ref (no callback) first, then the
    /// others newest first (CPython inserts each new one right after the plain ref).
    /// </summary>
    public static List<PyWeakRef> OrderedRefsTo(PyObject target)
    {
        var refs = RefsTo(target);
        var ordered = new List<PyWeakRef>(refs.Count);
        foreach (var r in refs) if (r.Callback == null && r.Type.IsBuiltin) ordered.Add(r);
        for (int i = refs.Count - 1; i >= 0; i--) if (!(refs[i].Callback == null && refs[i].Type.IsBuiltin)) ordered.Add(refs[i]);
        return ordered;
    }

    /// <summary>
    /// Call the callbacks of dead referents (newest reference first, as CPython clears a weakref
    /// list from its head). Exceptions are reported like CPython's unraisable hook.
    /// </summary>
    public static void RunPendingCallbacks()
    {
        if (Pending.IsEmpty) return;
        var batch = new List<PyWeakRef>();
        while (Pending.TryDequeue(out var r)) batch.Add(r);
        for (int i = batch.Count - 1; i >= 0; i--)
        {
            var r = batch[i];
            var cb = r.Callback;
            r.Callback = null;
            if (cb == null) continue;
            try { Ops.Call(cb, r); }
            catch (PythonException e)
            {
                Unraisable.Write($"Exception ignored in: {Ops.ReprString(cb)}", e.Value);
            }
        }
    }

    /// <summary>CPython's rules: user classes unless their __slots__ leave out __weakref__, and a few builtins.</summary>
    public static bool IsWeakReferenceable(PyObject o)
    {
        var t = o.Type;
        if (o is PyWeakRef && t.IsBuiltin) return false;
        if (o is Collections.PyDeque) return true; // CPython's deque has a weakref list slot (no __weakref__ attribute)
        if (o is Struct.PyStruct) return true;       // so has _struct.Struct
        foreach (var b in t.Mro)
        {
            if (ReferenceEquals(b, PyTypes.Type) || ReferenceEquals(b, PyTypes.Function) || ReferenceEquals(b, PyTypes.Method)
                || ReferenceEquals(b, PyTypes.BuiltinFunction) || ReferenceEquals(b, PyTypes.Set) || ReferenceEquals(b, PyTypes.FrozenSet)
                || ReferenceEquals(b, PyTypes.Generator) || ReferenceEquals(b, PyTypes.Coroutine) || ReferenceEquals(b, PyTypes.AsyncGenerator)
                || ReferenceEquals(b, PyTypes.Module) || ReferenceEquals(b, PyTypes.Code) || ReferenceEquals(b, PyTypes.MethodDescriptor))
                return true;
        }
        return t.Lookup("__weakref__") != null;
    }
}
