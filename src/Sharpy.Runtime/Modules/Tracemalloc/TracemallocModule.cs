using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Tracemalloc;

/// <summary>
/// <c>_tracemalloc</c>, as far as .NET can answer it. Python objects live on the garbage-collected managed
/// heap, where allocations cannot be attributed to Python frames; so there are no per-allocation traces
/// (<c>_get_traces</c> is empty, <c>_get_object_traceback</c> is None) and "traced memory" is the growth
/// of the managed heap since <c>start()</c>: <c>current</c> is the heap size now minus at start (never
/// negative), <c>peak</c> the largest current seen when memory was read (start, reads, reset_peak).
/// </summary>
// CPython 3.11: Modules/_tracemalloc.c (module interface only)
public static class TracemallocModule
{
    private const string Mod = "_tracemalloc";
    private const int MaxFrames = 65535;

    private static bool _tracing;
    private static int _limit = 1;
    private static long _baseline, _peak;

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("start", (a, k) =>
        {
            var args = ArgParser.Parse("start", a, k, ["nframe"], [], required: 0, posOnlyCount: 1);
            long nframe = args[0] is null ? 1 : Ops.ToLong(args[0]!);
            if (nframe < 1 || nframe > MaxFrames)
                throw new PythonException(PyExc.ValueError($"the number of frames must be in range [1; {MaxFrames}]"));
            _limit = (int)nframe;
            if (!_tracing)
            {
                _tracing = true;
                _baseline = GC.GetTotalMemory(false);
                _peak = 0;
            }
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("stop", (a, k) => { NoArgs("stop", a, k); _tracing = false; _peak = 0; return PyNone.Instance; }, Mod);
        d.DefFunction("is_tracing", (a, k) => { NoArgs("is_tracing", a, k); return Py.Bool(_tracing); }, Mod);
        d.DefFunction("clear_traces", (a, k) =>
        {
            NoArgs("clear_traces", a, k);
            if (_tracing) { _baseline = GC.GetTotalMemory(false); _peak = 0; }
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("get_traceback_limit", (a, k) => { NoArgs("get_traceback_limit", a, k); return PyInt.From(_limit); }, Mod);
        d.DefFunction("get_traced_memory", (a, k) =>
        {
            NoArgs("get_traced_memory", a, k);
            long current = Current();
            return PyTuple.Create([PyInt.From(current), PyInt.From(_peak)]);
        }, Mod);
        d.DefFunction("reset_peak", (a, k) =>
        {
            NoArgs("reset_peak", a, k);
            if (_tracing) { _peak = 0; Current(); }
            return PyNone.Instance;
        }, Mod);
        // The profiler's own bookkeeping: it keeps none.
        d.DefFunction("get_tracemalloc_memory", (a, k) => { NoArgs("get_tracemalloc_memory", a, k); return PyInt.From(0); }, Mod);
        d.DefFunction("_get_traces", (a, k) => { NoArgs("_get_traces", a, k); return new PyList(); }, Mod);
        d.DefFunction("_get_object_traceback", (a, k) =>
        {
            var args = ArgParser.Parse("_get_object_traceback", a, k, ["obj"], [], required: 1);
            return PyNone.Instance;
        }, Mod);
        return m;
    }

    private static long Current()
    {
        if (!_tracing) return 0;
        long current = Math.Max(0, GC.GetTotalMemory(false) - _baseline);
        if (current > _peak) _peak = current;
        return current;
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, string[]? k) =>
        ArgParser.Parse(name, a, k, [], [], required: 0);
}
