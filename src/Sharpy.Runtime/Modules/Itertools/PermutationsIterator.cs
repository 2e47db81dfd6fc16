using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// <c>itertools.permutations(iterable, r=None)</c>: r-length orderings in CPython's order (permutations_next, the
/// indices/cycles algorithm). Nothing when r &gt; n; one empty tuple when r == 0.
/// </summary>
public sealed class PermutationsIterator : NativeIterator
{
    private PyObject[] _pool = [];
    private int[] _indices = [];
    private int[] _cycles = [];
    private int _r;
    private bool _started;

    public PermutationsIterator(PyType t) : base(t) { }

    public void Init(PyObject[] pool, int r)
    {
        int n = pool.Length;
        _pool = pool;
        _r = r;
        _started = false;
        Stopped = r > n;
        _indices = new int[Stopped ? 0 : n];
        _cycles = new int[Stopped ? 0 : r];
        for (int i = 0; i < _indices.Length; i++) _indices[i] = i;
        for (int i = 0; i < _cycles.Length; i++) _cycles[i] = n - i;
    }

    protected override PyObject? Advance()
    {
        int n = _pool.Length, r = _r;
        var idx = _indices;
        var cyc = _cycles;
        if (_started)
        {
            if (n == 0) return null;
            int i = r - 1;
            for (; i >= 0; i--)
            {
                if (--cyc[i] == 0)
                {
                    // Rotate indices[i:] left by one and restart this position's countdown.
                    int first = idx[i];
                    Array.Copy(idx, i + 1, idx, i, n - i - 1);
                    idx[n - 1] = first;
                    cyc[i] = n - i;
                }
                else
                {
                    int j = cyc[i];
                    (idx[i], idx[n - j]) = (idx[n - j], idx[i]);
                    break;
                }
            }
            if (i < 0) return null;
        }
        _started = true;
        return ItertoolsArgs.TupleOf(_pool, idx, r);
    }

    protected override PyObject Reduce()
    {
        var r = PyInt.From(_r);
        if (!_started) return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(new PyTuple(_pool), r));
        if (Stopped) return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(PyTuple.Empty, r));
        return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(new PyTuple(_pool), r),
            ItertoolsArgs.Tuple(ItertoolsArgs.Ints(_indices, _indices.Length), ItertoolsArgs.Ints(_cycles, _r)));
    }

    // CPython's permutations_setstate: state is (indices, cycles), parsed as PyArg_ParseTuple("O!O!") would.
    protected override void SetState(PyObject state)
    {
        if (state is not PyTuple st) throw new PythonException(PyExc.TypeError("state is not a tuple"));
        if (st.Items.Length != 2)
            throw new PythonException(PyExc.TypeError($"function takes exactly 2 arguments ({st.Items.Length} given)"));
        for (int k = 0; k < 2; k++)
            if (st.Items[k] is not PyTuple)
                throw new PythonException(PyExc.TypeError($"argument {k + 1} must be tuple, not {st.Items[k].Type.TpName}"));
        int n = _pool.Length;
        var indices = ((PyTuple)st.Items[0]).Items;
        var cycles = ((PyTuple)st.Items[1]).Items;
        if (indices.Length != n || cycles.Length != _r)
            throw new PythonException(PyExc.ValueError("invalid arguments"));
        // With r > n there is no item to resume from (CPython would index outside its arrays).
        bool usable = _r <= n;
        for (int i = 0; i < n; i++)
        {
            long v = ItertoolsArgs.Clamp(ItertoolsArgs.StateIndex(indices[i]), 0, n - 1);
            if (usable) _indices[i] = (int)v;
        }
        for (int i = 0; i < _r; i++)
        {
            long v = ItertoolsArgs.Clamp(ItertoolsArgs.StateIndex(cycles[i]), 1, n - i);
            if (usable) _cycles[i] = (int)v;
        }
        if (usable) _started = true;
    }

    protected override long SizeOf() => 64 + 8L * _pool.Length + 8L * _r;
}
