using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// <c>__del__</c> without reference counting. Each instance of a class defining <c>__del__</c> gets a sentinel in a
/// weak table; when the .NET collector finds the instance unreachable, the sentinel's finalizer (which keeps the
/// instance alive, as finalization does) queues it, and the interpreter thread calls <c>__del__</c> at its next
/// periodic point. To come close to CPython's timing, the interpreter reports each reference it drops while such
/// objects exist (<see cref="Dropped"/>; Interpreter/Eval.Finalization.cs) and a collection is forced at once when
/// the dropped object may have been the last holder, and the objects still alive at exit are finalized after the atexit callbacks, oldest first.
/// Programs without <c>__del__</c> pay one version compare per instance allocation and a static read where references drop.
/// Generators suspended inside a <c>try</c>/<c>with</c> are tracked the same way and closed instead (CPython's
/// _PyGen_Finalize; see PyGenerator.ArmFinalizerIfInTry).
/// </summary>
public static class Finalization
{
    private sealed class Sentinel(PyObject target, long sequence)
    {
        public readonly PyObject Target = target;
        public readonly long Sequence = sequence;
        public bool Done;

        ~Sentinel()
        {
            if (Done || s_shutdown) return;
            s_dead.Enqueue(this);
            Interlocked.Increment(ref s_pending);
        }
    }

    private static readonly ConditionalWeakTable<PyObject, Sentinel> s_tracked = new();
    private static readonly ConcurrentQueue<Sentinel> s_dead = new();
    private static long s_sequence;
    private static int s_live, s_pending;
    private static volatile bool s_shutdown;
    private static bool s_exitHandlerAdded;

    /// <summary>Objects with a pending or future <c>__del__</c> (0 in programs that define none).</summary>
    public static int Live => s_live;   // a plain read: the eval loop checks it on every STORE_FAST

    /// <summary>Finalizations queued by the collector and not yet run.</summary>
    public static int Pending => Volatile.Read(ref s_pending);

    internal static void Track(PyObject o)
    {
        o.Type.InstancesTracked = true;
        s_tracked.AddOrUpdate(o, new Sentinel(o, Interlocked.Increment(ref s_sequence)));
        Interlocked.Increment(ref s_live);
        if (!s_exitHandlerAdded && PythonRuntime.CurrentOrNull is { } rt)
        {
            s_exitHandlerAdded = true;
            rt.AddExitHandler(FinalizeRemaining);
        }
    }

    /// <summary>A tracked generator finished: it has no cleanup left, so it stops counting as live. Otherwise every
    /// reference dropped near it (an asyncio task holding a finished coroutine) would force a collection.</summary>
    internal static void Untrack(PyObject o)
    {
        if (!s_tracked.TryGetValue(o, out var sentinel) || sentinel.Done) return;
        sentinel.Done = true;
        GC.SuppressFinalize(sentinel);
        s_tracked.Remove(o);
        Interlocked.Decrement(ref s_live);
    }

    /// <summary>Whether <paramref name="o"/> has a <c>__del__</c> (or generator close) still to run. The type flag
    /// answers for almost every object without the weak-table lookup.</summary>
    public static bool IsTracked(PyObject o) =>
        (o.Type.InstancesTracked || o is Interpreter.PyGenerator) && s_tracked.TryGetValue(o, out var s) && !s.Done;

    /// <summary>Whether dropping a reference to <paramref name="o"/> may free an object with <c>__del__</c>: it is one,
    /// or holds one within a few levels (the items of a list or tuple, the keys and values of a dict, an instance's
    /// attributes, a bound method's self, an exception's arguments).</summary>
    public static bool MayFreeTracked(PyObject o) => OldestTrackedGeneration(o) >= 0;

    private const int SearchDepth = 3, SearchBudget = 64;

    /// <summary>The oldest .NET generation among <paramref name="o"/> and the tracked objects it holds within a few
    /// levels, or -1 when there is none (a young list may hold objects that earlier collections promoted, and a gen0
    /// collection would not see those die). The walk is bounded: a huge container's later items wait for the
    /// collector.</summary>
    private static int OldestTrackedGeneration(PyObject o)
    {
        int budget = SearchBudget;
        return OldestTrackedGeneration(o, SearchDepth, ref budget);
    }

    private static int OldestTrackedGeneration(PyObject o, int depth, ref int budget)
    {
        int generation = IsTracked(o) ? GC.GetGeneration(o) : -1;
        if (depth-- == 0) return generation;
        switch (o)
        {
            case PyList l:
                foreach (var item in l.Span) { if (budget < 0) break; generation = Math.Max(generation, Held(item, depth, ref budget)); }
                break;
            case PyTuple t:
                foreach (var item in t.Items) { if (budget < 0) break; generation = Math.Max(generation, Held(item, depth, ref budget)); }
                break;
            case PyDict d:
                foreach (var pair in d.Items())
                {
                    if (budget < 0) break;
                    generation = Math.Max(generation, Math.Max(Held(pair.Key, depth, ref budget), Held(pair.Value, depth, ref budget)));
                }
                break;
            case PyMethod m:
                generation = Math.Max(generation, Held(m.Self, depth, ref budget));
                break;
            case PyBaseException e:
                generation = Math.Max(generation, Held(e.Args, depth, ref budget));
                break;
            case PyInstance { Dict: { } attributes }:
                foreach (var pair in attributes.Items()) { if (budget < 0) break; generation = Math.Max(generation, Held(pair.Value, depth, ref budget)); }
                break;
        }
        return generation;
    }

    private static int Held(PyObject? item, int depth, ref int budget)
    {
        // Every visited item counts against the budget, ints and strings too: otherwise a list of a
        // million ints is walked whole at each drop (each `lst.append(x)` call), quadratic in the list.
        if (--budget < 0 || item is null or PyInt or PyStr or PyFloat) return -1;
        return OldestTrackedGeneration(item, depth, ref budget);
    }

    /// <summary>Where the interpreter let go of an object: each kind of site has its own budget of collections that
    /// found nothing to finalize, so a site that keeps guessing wrong (a method's <c>self</c> that lives on in an
    /// attribute) stops asking without silencing the others.</summary>
    public enum DropSite { Rebind, Delete, Pop, Return, Container }

    private const int MaxForcedCollections = 1000, MaxWastedPerSite = 32;
    private static int s_forcedCollections;
    private static readonly int[] s_wasted = new int[5];
    [ThreadStatic] private static bool t_collectionRequested;
    [ThreadStatic] private static int t_generation;
    [ThreadStatic] private static DropSite t_requestSite;

    /// <summary>A dropped reference may have freed a tracked object: the interpreter collects at its next safe point.</summary>
    public static bool CollectionRequested => t_collectionRequested;

    /// <summary>The interpreter dropped <paramref name="dropped"/> at <paramref name="site"/>: if that may free an
    /// object with <c>__del__</c> (CPython's reference count would free it now) and no frame from
    /// <paramref name="frames"/> outwards obviously still holds it, asks for a collection. True when one is pending
    /// (also when a native method such as <c>list.clear</c> asked for it).</summary>
    public static bool Dropped(PyObject? dropped, Interpreter.Frame? frames, DropSite site)
    {
        if (t_collectionRequested) return true;
        if (!MayCollectAt(site)) return false;   // no walk when no collection would follow
        if (dropped is null) return false;
        // `del x` or a rebinding may also free an object that only weak references still point to: CPython clears
        // them at once (r() is None right after `del obj`), so a collection of the object's generation runs too.
        bool weaklyReferenced = false;
        if (s_live == 0 || !MayFreeTracked(dropped))
        {
            weaklyReferenced = site is DropSite.Delete or DropSite.Rebind && Modules.Weakref.WeakRefRegistry.HasLiveRefs(dropped);
            if (!weaklyReferenced) return false;
        }
        if (HeldByFrames(dropped, frames)) return false;
        RequestCollection(dropped, site, weaklyReferenced ? GC.GetGeneration(dropped) : 0);
        return t_collectionRequested;
    }

    /// <summary>Whether a reference dropped at <paramref name="site"/> may still force a collection (budgets left).</summary>
    public static bool MayCollectAt(DropSite site) =>
        s_forcedCollections < MaxForcedCollections && s_wasted[(int)site] < MaxWastedPerSite;

    /// <summary>A returning frame's locals (not the returned value, nor the instance <c>__init__</c> built) may hold
    /// the last reference to an object with <c>__del__</c>.</summary>
    public static bool DroppedLocals(ReadOnlySpan<PyObject?> locals, PyObject returned, PyObject? initSelf, Interpreter.Frame? caller)
    {
        foreach (var local in locals)
            if (local != null && !ReferenceEquals(local, returned) && !ReferenceEquals(local, initSelf)
                && Dropped(local, caller, DropSite.Return))
                return true;
        return t_collectionRequested;
    }

    /// <summary>The first of <paramref name="items"/> (not <paramref name="kept"/>) whose release may free an object
    /// with <c>__del__</c>.</summary>
    public static PyObject? FirstMayFreeTracked(ReadOnlySpan<PyObject?> items, PyObject? kept)
    {
        foreach (var item in items)
            if (item != null && !ReferenceEquals(item, kept) && MayFreeTracked(item)) return item;
        return null;
    }

    /// <summary>A native method let go of objects (<c>list.clear</c>, <c>dict.clear</c>, an exhausted list
    /// iterator): they may have been the last references; the interpreter collects at its next safe point.</summary>
    public static void ContainerCleared(IEnumerable<PyObject?> items)
    {
        foreach (var item in items)
            if (item != null && MayFreeTracked(item)) { RequestCollection(item, DropSite.Container); return; }
    }

    // A cheap look at the places most references live (the frames' locals and value stacks and their modules'
    // globals) saves a collection that could only find the object alive.
    internal static bool HeldByFrames(PyObject o, Interpreter.Frame? f)
    {
        PyDict? lastGlobals = null;
        for (int depth = 0; f != null && depth < 16; f = f.Back, depth++)
        {
            foreach (var local in f.Fast)
                if (ReferenceEquals(local, o)) return true;
            for (int i = 0; i < f.Sp && i < f.Stack.Length; i++)
                if (ReferenceEquals(f.Stack[i], o)) return true;
            foreach (var cell in f.Cells)
                if (cell != null && ReferenceEquals(cell.Value, o)) return true;
            if (!ReferenceEquals(f.Globals, lastGlobals))
            {
                lastGlobals = f.Globals;
                foreach (var pair in f.Globals.Items())
                    if (ReferenceEquals(pair.Value, o)) return true;
            }
            if (f.LocalsMap is PyDict locals && !ReferenceEquals(locals, f.Globals))
                foreach (var pair in locals.Items())
                    if (ReferenceEquals(pair.Value, o)) return true;
            if (f.LocalsDict is { } snapshot)
                foreach (var pair in snapshot.Items())
                    if (ReferenceEquals(pair.Value, o)) return true;
        }
        return false;
    }

    /// <summary>Asks for a collection of the generation <paramref name="unbound"/> lives in (young objects: a cheap gen0 one).</summary>
    public static void RequestCollection(PyObject unbound, DropSite site = DropSite.Delete, int minGeneration = 0)
    {
        // Each forced collection costs about a millisecond: a program dropping such objects in a loop gets CPython's
        // timing for its first ones, then collections come at the collector's own pace.
        if (s_forcedCollections >= MaxForcedCollections || s_wasted[(int)site] >= MaxWastedPerSite) return;
        s_forcedCollections++;
        int generation = Math.Max(minGeneration, OldestTrackedGeneration(unbound));
        t_generation = t_collectionRequested ? Math.Max(t_generation, generation) : generation;
        t_requestSite = site;
        t_collectionRequested = true;
    }

    /// <summary>At the interpreter's safe point: the requested collection (as CPython's refcount would free the object
    /// at once), then the queued <c>__del__</c> methods.</summary>
    public static void Service()
    {
        bool collected = false, finalizable = false, oldestFirst = false;
        if (t_collectionRequested)
        {
            t_collectionRequested = false;
            GC.Collect(t_generation, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
            finalizable = !s_dead.IsEmpty;
            collected = true;
            // A returning frame's locals die first to last (CPython clears the frame's slots in order).
            oldestFirst = t_requestSite == DropSite.Return;
        }
        RunPending(oldestFirst);
        if (collected)
        {
            // CPython clears an object's weak references after its __del__, calling their callbacks.
            int cleared = Modules.Weakref.WeakRefRegistry.Sweep();
            if (!finalizable && cleared == 0) s_wasted[(int)t_requestSite]++;
            Modules.Weakref.WeakRefRegistry.RunPendingCallbacks();
        }
    }

    /// <summary>Runs the queued <c>__del__</c> methods (on the interpreter thread).</summary>
    public static void RunPending(bool oldestFirst = false)
    {
        while (!s_dead.IsEmpty)
        {
            // The .NET finalizer thread queues what one collection found in no useful order. CPython frees a
            // list's or tuple's items from the last to the first, so objects that die together run newest first.
            var batch = new List<Sentinel>();
            while (s_dead.TryDequeue(out var sentinel))
            {
                Interlocked.Decrement(ref s_pending);
                batch.Add(sentinel);
            }
            batch.Sort(oldestFirst ? (a, b) => a.Sequence.CompareTo(b.Sequence) : (a, b) => b.Sequence.CompareTo(a.Sequence));
            foreach (var sentinel in batch) Finalize(sentinel);
        }
    }

    private static void Finalize(Sentinel sentinel)
    {
        if (sentinel.Done) return;
        sentinel.Done = true;
        Interlocked.Decrement(ref s_live);
        var o = sentinel.Target;
        if (o is Interpreter.PyGenerator generator)
        {
            generator.CloseAbandoned();
            return;
        }
        var del = o.Type.Lookup("__del__");
        if (del is null) return;
        try
        {
            Ops.CallWithSelf(del, o, []);
        }
        catch (PythonException e)
        {
            // CPython 3.11: PyObject_CallFinalizerFromDealloc -> _PyErr_WriteUnraisableMsg(NULL, del)
            Modules.Unraisable.Write("Exception ignored in: " + Ops.ReprString(del), e.Value, null, del);
        }
    }

    // At exit CPython clears the modules' namespaces and the objects die with them: here, after the atexit
    // callbacks, every object still alive is finalized in the order it was created.
    private static void FinalizeRemaining()
    {
        RunPending();
        var remaining = new List<Sentinel>();
        foreach (var pair in s_tracked)
            if (!pair.Value.Done) remaining.Add(pair.Value);
        remaining.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        foreach (var sentinel in remaining) Finalize(sentinel);
        RunPending();
        s_shutdown = true;
    }
}
