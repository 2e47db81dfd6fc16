using System.Runtime.CompilerServices;
using Sharpy.Runtime.Hosting;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Atexit;

/// <summary>
/// The <c>atexit</c> module: callbacks run last registered first when the interpreter exits
/// (<see cref="PythonRuntime.RunExitHandlers"/>). An exception in a callback is reported as
/// "Exception ignored in atexit callback: ..." and the next callback still runs.
/// </summary>
// CPython 3.11: Modules/atexitmodule.c
public static class AtexitModule
{
    private const string Mod = "atexit";

    private sealed record Callback(PyObject Func, PyObject[] Args, string[]? KwNames);

    private sealed class State
    {
        public readonly List<Callback> Callbacks = new();
    }

    private static readonly ConditionalWeakTable<PythonRuntime, State> States = new();

    private static State For(PythonRuntime rt) => States.GetValue(rt, r =>
    {
        var s = new State();
        r.AddExitHandler(() => RunCallbacks(s));
        return s;
    });

    public static PyModule Create(PythonRuntime rt)
    {
        var state = For(rt);
        var m = new PyModule(Mod);
        var d = m.Dict!;
        d.DefFunction("register", (a, k) =>
        {
            int nkw = k?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos < 1) throw new PythonException(PyExc.TypeError("register() takes at least 1 argument (0 given)"));
            if (!Ops.IsCallable(a[0])) throw new PythonException(PyExc.TypeError("the first argument must be callable"));
            state.Callbacks.Add(new Callback(a[0], a[1..].ToArray(), nkw > 0 ? k : null));
            return a[0];
        }, Mod);
        d.DefFunction("unregister", (a, k) =>
        {
            if (a.Length != 1) throw new PythonException(PyExc.TypeError($"atexit.unregister() takes exactly one argument ({a.Length} given)"));
            var f = a[0];
            state.Callbacks.RemoveAll(c => ReferenceEquals(c.Func, f) || Ops.RichEqBool(c.Func, f));
            return PyNone.Instance;
        }, Mod);
        d.DefFunction("_clear", (a, k) => { state.Callbacks.Clear(); return PyNone.Instance; }, Mod);
        d.DefFunction("_ncallbacks", (a, k) => PyInt.From(state.Callbacks.Count), Mod);
        d.DefFunction("_run_exitfuncs", (a, k) => { RunCallbacks(state); return PyNone.Instance; }, Mod);
        return m;
    }

    private static void RunCallbacks(State state)
    {
        while (state.Callbacks.Count > 0)
        {
            var cb = state.Callbacks[^1];
            state.Callbacks.RemoveAt(state.Callbacks.Count - 1);
            try { Ops.Call(cb.Func, cb.Args, cb.KwNames); }
            catch (PythonException e)
            {
                string what;
                try { what = Ops.ReprString(cb.Func); } catch (PythonException) { what = "<object repr() failed>"; }
                Unraisable.Write($"Exception ignored in atexit callback: {what}", e.Value);
            }
        }
    }
}
