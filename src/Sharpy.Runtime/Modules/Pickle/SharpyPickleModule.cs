using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Pickle;

/// <summary>
/// <c>_sharpy_pickle</c>: native fast paths for lib/pickle.py (<see cref="PickleFastWriter"/>,
/// <see cref="PickleFastReader"/>), which fall back to its Python code for anything they do not handle.
/// </summary>
public static class SharpyPickleModule
{
    private const string Mod = "_sharpy_pickle";

    public static PyModule Create()
    {
        var m = new PyModule(Mod);
        var d = m.Dict!;
        // wrap_dumps(f) / wrap_loads(f): pickle.dumps / pickle.loads as builtins (as _pickle's are) that try the
        // native path and call the Python function f with the same arguments for everything else.
        d.DefFunction("wrap_dumps", (a, k) =>
        {
            var fallback = a[0];
            return new PyBuiltinFunction("dumps", (args, kw) => FastDumps(args, kw) ?? Ops.Call(fallback, args, kw), null, "_pickle");
        }, Mod);
        d.DefFunction("wrap_loads", (a, k) =>
        {
            var fallback = a[0];
            return new PyBuiltinFunction("loads", (args, kw) => FastLoads(args, kw) ?? Ops.Call(fallback, args, kw), null, "_pickle");
        }, Mod);
        // dump_memo(obj, protocol) -> (bytes, [memoized objects in memo order]) or None (for Pickler.dump)
        d.DefFunction("dump_memo", (a, k) =>
        {
            if (a.Length != 2 || a[1] is not PyInt { IsBig: false } p) return PyNone.Instance;
            var bytes = PickleFastWriter.TryDump(a[0], (int)Math.Clamp(p.Value, -1, 6), out var memo);
            return bytes == null ? PyNone.Instance : PyTuple.Of(new PyBytes(bytes), new PyList(memo));
        }, Mod);
        // dumps(obj, protocol) -> bytes or None (for pickle.dump)
        d.DefFunction("dumps", (a, k) => a.Length == 2 ? FastDumps(a, null) ?? PyNone.Instance : PyNone.Instance, Mod);
        return m;
    }

    // dumps(obj, protocol=None, *, fix_imports=True): fix_imports only matters for globals, which the native
    // writer never writes; a buffer_callback or an odd protocol goes to Python.
    private static PyObject? FastDumps(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0, npos = args.Length - nkw;
        if (npos is < 1 or > 2) return null;
        PyObject? protocol = npos == 2 ? args[1] : null;
        for (int i = 0; i < nkw; i++)
        {
            switch (kw![i])
            {
                case "protocol" when npos == 1: protocol = args[npos + i]; break;
                case "fix_imports": break;
                default: return null;
            }
        }
        int proto;
        if (protocol == null || protocol is PyNone) proto = 4;
        else if (protocol is PyInt { IsBig: false } p && p.Type == PyTypes.Int) proto = p.Value < 0 ? 5 : (int)Math.Min(p.Value, 6);
        else return null;
        var bytes = PickleFastWriter.TryDump(args[0], proto);
        return bytes == null ? null : new PyBytes(bytes);
    }

    private static PyObject? FastLoads(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (args.Length != 1 || kw is { Length: > 0 }) return null;
        byte[]? data = args[0] switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => ba.Value.ToArray(),
            _ => null,
        };
        return data == null ? null : PickleFastReader.TryLoad(data);
    }
}
