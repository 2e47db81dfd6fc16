using Sharpy.Runtime.Modules.Weakref;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Gc;

/// <summary>
/// The <c>gc</c> module over the .NET garbage collector. <c>collect()</c> runs a full blocking
/// collection, waits for finalizers, then calls the callbacks of weak references whose referents
/// died. Sharpy has no generations of its own to report: counts are zero, thresholds are CPython's
/// defaults (stored, not used), <c>get_objects()</c>/<c>get_referrers()</c> return empty lists.
/// </summary>
public static class GcModule
{
    private const string Mod = "gc";
    private static bool _enabled = true;
    private static long _debug;
    private static PyObject _threshold = PyTuple.Create([PyInt.From(700), PyInt.From(10), PyInt.From(10)]);

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("collect", (a, k) =>
        {
            int nkw = k?.Length ?? 0;
            if (a.Length > 1) throw new PythonException(PyExc.TypeError($"collect() takes at most 1 argument ({a.Length} given)"));
            if (nkw > 0 && k![0] != "generation")
                throw new PythonException(PyExc.TypeError($"collect() got an unexpected keyword argument '{k[0]}'"));
            long gen = a.Length == 0 ? 2 : Ops.ToLong(a[0]);
            if (gen < 0 || gen > 2) throw new PythonException(PyExc.ValueError("invalid generation"));
            return PyInt.From(Collect());
        }, Mod);
        d.DefFunction("enable", (a, k) => { NoArgs("enable", a); _enabled = true; return PyNone.Instance; }, Mod);
        d.DefFunction("disable", (a, k) => { NoArgs("disable", a); _enabled = false; return PyNone.Instance; }, Mod);
        d.DefFunction("isenabled", (a, k) => { NoArgs("isenabled", a); return Py.Bool(_enabled); }, Mod);
        d.DefFunction("get_count", (a, k) => { NoArgs("get_count", a); return PyTuple.Create([PyInt.From(0), PyInt.From(0), PyInt.From(0)]); }, Mod);
        d.DefFunction("get_threshold", (a, k) => { NoArgs("get_threshold", a); return _threshold; }, Mod);
        d.DefFunction("set_threshold", (a, k) =>
        {
            if (a.Length < 1) throw new PythonException(PyExc.TypeError($"set_threshold() takes at least 1 argument ({a.Length} given)"));
            if (a.Length > 3) throw new PythonException(PyExc.TypeError($"set_threshold() takes at most 3 arguments ({a.Length} given)"));
            var old = Ops.ToArray(_threshold);
            var items = new PyObject[3];
            for (int i = 0; i < 3; i++) items[i] = i < a.Length ? PyInt.From(Ops.ToLong(a[i])) : old[i];
            _threshold = PyTuple.Create(items);
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("get_debug", (a, k) => PyInt.From(_debug), Mod);
        d.DefFunction("set_debug", (a, k) => { _debug = Ops.ToLong(a.Length == 1 ? a[0] : throw new PythonException(PyExc.TypeError("set_debug() takes exactly one argument"))); return PyNone.Instance; }, Mod);
        d.DefFunction("get_objects", (a, k) => new PyList(Array.Empty<PyObject>()), Mod);
        d.DefFunction("get_referrers", (a, k) => new PyList(Array.Empty<PyObject>()), Mod);
        d.DefFunction("get_referents", (a, k) => new PyList(Array.Empty<PyObject>()), Mod);
        d.DefFunction("get_stats", (a, k) =>
        {
            var gens = new PyObject[3];
            for (int i = 0; i < 3; i++)
            {
                var g = new PyDict();
                g.SetItem("collections", PyInt.From(i == 2 ? GC.CollectionCount(2) : 0));
                g.SetItem("collected", PyInt.From(0));
                g.SetItem("uncollectable", PyInt.From(0));
                gens[i] = g;
            }
            return new PyList(gens);
        }, Mod);
        d.DefFunction("is_tracked", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"gc.is_tracked() takes exactly one argument ({a.Length} given)"));
            var o = a[0];
            bool atomic = o is PyInt or PyFloat or PyStr or PyBytes or PyNone || ReferenceEquals(o.Type, PyTypes.Complex);
            return Py.Bool(!atomic);
        }, Mod);
        d.DefFunction("is_finalized", (a, k) => Py.False, Mod);
        d.DefFunction("freeze", (a, k) => PyNone.Instance, Mod);
        d.DefFunction("unfreeze", (a, k) => PyNone.Instance, Mod);
        d.DefFunction("get_freeze_count", (a, k) => PyInt.From(0), Mod);
        d.SetItem("garbage", new PyList(Array.Empty<PyObject>()));
        d.SetItem("callbacks", new PyList(Array.Empty<PyObject>()));
        d.SetItem("DEBUG_STATS", PyInt.From(1));
        d.SetItem("DEBUG_COLLECTABLE", PyInt.From(2));
        d.SetItem("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        d.SetItem("DEBUG_SAVEALL", PyInt.From(32));
        d.SetItem("DEBUG_LEAK", PyInt.From(38));
        return m;
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a)
    {
        if (a.Length != 0) throw new PythonException(PyExc.TypeError($"gc.{name}() takes no arguments ({a.Length} given)"));
    }

    /// <summary>A full collection; then the weakref callbacks of the objects it freed run.</summary>
    public static int Collect()
    {
        for (int i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            GC.WaitForPendingFinalizers();
        }
        WeakRefRegistry.Sweep();
        WeakRefRegistry.RunPendingCallbacks();
        // As in CPython, the __del__ methods of what the collection freed run inside gc.collect().
        Finalization.RunPending();
        return 0;
    }
}
