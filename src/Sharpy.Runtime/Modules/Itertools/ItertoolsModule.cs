using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// <c>_sharpy_itertools</c>: the combinatoric iterators of itertools natively (lib/itertools.py re-exports them).
/// In Python they cost 7-175x CPython's C (a generator plus a list comprehension per tuple). The types are named
/// and behave as CPython 3.11's C types: module 'itertools', subclassable, with __reduce__/__setstate__/__sizeof__ (no
/// __length_hint__), arguments bound with CPython's messages.
/// </summary>
public static class ItertoolsModule
{
    private const string Mod = "_sharpy_itertools";
    private static readonly object Sync = new();
    private static PyType[]? _types;

    public static PyModule Create()
    {
        PyType[] types;
        lock (Sync)
        {
            // One set of types per process, like the C types (a module made again must not make distinct classes).
            _types ??= [
                MakeType("combinations", t => new CombinationsIterator(t), NewCombinations),
                MakeType("combinations_with_replacement", t => new CombinationsWithReplacementIterator(t), NewCwr),
                MakeType("permutations", t => new PermutationsIterator(t), NewPermutations),
                MakeType("product", t => new ProductIterator(t), NewProduct),
            ];
            types = _types;
        }
        var m = new PyModule(Mod);
        foreach (var t in types) m.Dict!.SetItem(t.Name, t);
        return m;
    }

    private delegate void Initializer(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw);

    private static PyType MakeType(string name, Func<PyType, PyObject> alloc, Initializer init)
    {
        var t = PyTypes.NewBuiltin(name, PyTypes.Object, "itertools", alloc);
        t.SolidBase = t; // instances of Python subclasses are made by this type's allocator
        string full = "itertools." + name;
        t.Dict.SetItem("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls)
                throw new PythonException(PyExc.TypeError($"{full}.__new__(X): X is not a type object"));
            if (!cls.IsSubtypeOf(t))
                throw new PythonException(PyExc.TypeError($"{full}.__new__({cls.TpName}): {cls.TpName} is not a subtype of {full}"));
            var self = cls.Allocator!(cls);
            init(self, a[1..], k);
            return self;
        })));
        NativeIterator.DefIteratorMethods(t);
        return t;
    }

    private static void NewCombinations(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var (iterable, r) = ItertoolsArgs.BindIterableR("combinations", a, kw, rRequired: true, clinic: true);
        long rv = Ops.ToLong(r!);  // Argument Clinic converts r before the body reads the iterable
        var pool = ItertoolsArgs.Pool(iterable);
        ((CombinationsIterator)self).Init(pool, ItertoolsArgs.CheckR(rv));
    }

    private static void NewCwr(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var (iterable, r) = ItertoolsArgs.BindIterableR("combinations_with_replacement", a, kw, rRequired: true, clinic: true);
        long rv = Ops.ToLong(r!);
        var pool = ItertoolsArgs.Pool(iterable);
        ((CombinationsWithReplacementIterator)self).Init(pool, ItertoolsArgs.CheckR(rv));
    }

    private static void NewPermutations(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var (iterable, r) = ItertoolsArgs.BindIterableR("permutations", a, kw, rRequired: false, clinic: false);
        var pool = ItertoolsArgs.Pool(iterable);
        long rv = pool.Length;
        if (r is not null and not PyNone)
        {
            // permutations_new accepts only int instances (no __index__), then converts to Py_ssize_t.
            if (r is not PyInt ri) throw new PythonException(PyExc.TypeError("Expected int as r"));
            if (ri.IsBig) throw new PythonException(PyExc.OverflowError("Python int too large to convert to C ssize_t"));
            rv = ri.Value;
        }
        ((PermutationsIterator)self).Init(pool, ItertoolsArgs.CheckR(rv));
    }

    private static void NewProduct(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0, nargs = a.Length - nkw;
        long repeat = 1;
        if (nkw > 1)
            throw new PythonException(PyExc.TypeError($"product() takes at most 1 keyword argument ({nkw} given)"));
        if (nkw == 1)
        {
            if (kw![0] != "repeat")
                throw new PythonException(PyExc.TypeError($"'{kw[0]}' is an invalid keyword argument for product()"));
            repeat = Ops.ToLong(a[nargs]);
            if (repeat < 0) throw new PythonException(PyExc.ValueError("repeat argument cannot be negative"));
        }
        if (repeat > 0 && nargs > long.MaxValue / 8 / repeat)
            throw new PythonException(PyExc.OverflowError("repeat argument too large"));
        long npools = nargs * repeat;
        if (npools > Array.MaxLength) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        // With repeat=0 the iterables are not even read, as in CPython.
        var pools = new PyObject[npools][];
        if (npools > 0)
        {
            for (int i = 0; i < nargs; i++) pools[i] = ItertoolsArgs.Pool(a[i]);
            for (long i = nargs; i < npools; i++) pools[i] = pools[i - nargs];
        }
        ((ProductIterator)self).Init(pools);
    }
}
