using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sharpy.Runtime.Hosting;

namespace Sharpy.Runtime.Objects;

/// <summary>
/// <c>__del__</c> without reference counting. Each instance of a class defining <c>__del__</c> gets a sentinel in a
/// weak table; when the .NET collector finds the instance unreachable, the sentinel's finalizer (which keeps the
/// instance alive, as finalization does) queues it, and the interpreter thread calls <c>__del__</c> at its next
/// periodic point. To come close to CPython's timing, deleting a name bound to such an object (<c>del x</c>) forces a
/// collection at once, and the objects still alive at exit are finalized after the atexit callbacks, oldest first.
/// Programs without <c>__del__</c> pay one version compare per instance allocation and nothing else.
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
        s_tracked.AddOrUpdate(o, new Sentinel(o, Interlocked.Increment(ref s_sequence)));
        Interlocked.Increment(ref s_live);
        if (!s_exitHandlerAdded && PythonRuntime.CurrentOrNull is { } rt)
        {
            s_exitHandlerAdded = true;
            rt.AddExitHandler(FinalizeRemaining);
        }
    }

    public static bool IsTracked(PyObject o) => s_tracked.TryGetValue(o, out var s) && !s.Done;

    /// <summary>Whether unbinding <paramref name="o"/> may free an object with <c>__del__</c>: it is one, or a
    /// list, tuple, dict or set holding one directly.</summary>
    public static bool MayFreeTracked(PyObject o)
    {
        if (IsTracked(o)) return true;
        foreach (var item in HeldDirectly(o))
            if (IsTracked(item)) return true;
        return false;
    }

    /// <summary>The items of a list or tuple, the keys and values of a dict; nothing for other objects.</summary>
    private static IEnumerable<PyObject> HeldDirectly(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                for (int i = 0; i < l.Count; i++) yield return l.Span[i];
                break;
            case PyTuple t:
                foreach (var item in t.Items) yield return item;
                break;
            case PyDict d:
                foreach (var pair in d.Items()) { yield return pair.Key; yield return pair.Value; }
                break;
        }
    }

    /// <summary>The first of a returning frame's locals whose release may free an object with <c>__del__</c>
    /// (not the returned value, which lives on). The caller passes the locals after the parameters: those the
    /// caller handed in usually live on in the caller (a method's <c>self</c>).</summary>
    public static PyObject? FirstMayFreeTracked(ReadOnlySpan<PyObject?> locals, PyObject returned)
    {
        foreach (var local in locals)
            if (local != null && !ReferenceEquals(local, returned) && MayFreeTracked(local)) return local;
        return null;
    }

    private const int MaxForcedCollections = 100;
    private static int s_forcedCollections;
    [ThreadStatic] private static bool t_collectionRequested;
    [ThreadStatic] private static int t_generation;

    /// <summary>A <c>del name</c> unbound a tracked object: the interpreter collects at its next safe point.</summary>
    public static bool CollectionRequested => t_collectionRequested;

    /// <summary>Asks for a collection of the generation <paramref name="unbound"/> lives in (young objects: a cheap gen0 one).</summary>
    public static void RequestCollection(PyObject unbound)
    {
        // Each forced collection costs about a millisecond: a program deleting such objects in a loop gets CPython's
        // timing for its first ones, then collections come at the collector's own pace.
        if (s_forcedCollections >= MaxForcedCollections) return;
        s_forcedCollections++;
        int generation = GenerationOf(unbound);
        t_generation = t_collectionRequested ? Math.Max(t_generation, generation) : generation;
        t_collectionRequested = true;
    }

    /// <summary>The oldest generation among <paramref name="o"/> and the tracked objects it holds directly (a young
    /// list may hold objects that earlier collections promoted).</summary>
    private static int GenerationOf(PyObject o)
    {
        int generation = GC.GetGeneration(o);
        foreach (var item in HeldDirectly(o))
            if (IsTracked(item)) generation = Math.Max(generation, GC.GetGeneration(item));
        return generation;
    }

    /// <summary>At the interpreter's safe point: the requested collection (as CPython's refcount would free the object
    /// at once), then the queued <c>__del__</c> methods.</summary>
    public static void Service()
    {
        if (t_collectionRequested)
        {
            t_collectionRequested = false;
            GC.Collect(t_generation, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }
        RunPending();
    }

    /// <summary>Runs the queued <c>__del__</c> methods (on the interpreter thread).</summary>
    public static void RunPending()
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
            batch.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
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
