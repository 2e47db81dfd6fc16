using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// Base of the native itertools iterators. <see cref="Advance"/> makes the next item (null when done); once done
/// the iterator stays done, as CPython's `stopped` flag. These types are subclassable, and a Python subclass may
/// override <c>__next__</c>: the interpreter's fast path calls <see cref="Next"/> for any PyIterator, so Next
/// defers to such an override instead of bypassing it.
/// </summary>
public abstract class NativeIterator : PyIterator
{
    protected NativeIterator(PyType t) : base(t) { }

    /// <summary>The builtin <c>__next__</c> methods of these types: a subclass whose lookup finds another overrides it.</summary>
    private static readonly HashSet<PyObject> NativeNexts = new(ReferenceEqualityComparer.Instance);
    private static readonly object Sync = new();

    protected bool Stopped;

    protected abstract PyObject? Advance();

    /// <summary>CPython 3.11's <c>__reduce__</c>: (type, args) before the first item, else with a state to resume.</summary>
    protected abstract PyObject Reduce();

    /// <summary>CPython 3.11's <c>__setstate__</c>: positions (clamped into range) of the last item produced.</summary>
    protected abstract void SetState(PyObject state);

    /// <summary>CPython's <c>__sizeof__</c> on 64-bit builds: the object plus its index arrays.</summary>
    protected abstract long SizeOf();

    public sealed override PyObject? Next()
    {
        if (!Type.IsBuiltin)
        {
            var n = Type.Lookup("__next__");
            bool native;
            lock (Sync) native = n != null && NativeNexts.Contains(n);
            if (!native) return CallOverride(n);
        }
        if (Stopped) return null;
        var r = Advance();
        if (r == null) Stopped = true;
        return r;
    }

    /// <summary>Defines <c>__iter__</c> (returns self) and the native <c>__next__</c> on a type.</summary>
    internal static void DefIteratorMethods(PyType t)
    {
        t.Def("__iter__", s => s);
        t.Def("__next__", s =>
        {
            var it = (NativeIterator)s;
            if (it.Stopped) throw new PythonException(PyExc.StopIteration());
            var r = it.Advance();
            if (r != null) return r;
            it.Stopped = true;
            throw new PythonException(PyExc.StopIteration());
        });
        t.Def("__reduce__", s => ((NativeIterator)s).Reduce());
        t.Def("__setstate__", (s, state) => { ((NativeIterator)s).SetState(state); return PyNone.Instance; });
        t.Def("__sizeof__", s => PyInt.From(((NativeIterator)s).SizeOf()));
        lock (Sync) NativeNexts.Add(t.Dict.GetItem(PyStr.Intern("__next__"))!);
    }

    private PyObject? CallOverride(PyObject? n)
    {
        if (n == null) throw new PythonException(PyExc.TypeError($"'{Type.TpName}' object is not an iterator"));
        try
        {
            return Ops.CallWithSelf(n, this, []);
        }
        catch (PythonException e) when (e.Value.IsInstance(PyExc.StopIterationType))
        {
            return null;
        }
    }
}
