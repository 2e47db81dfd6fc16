using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// <c>itertools.combinations_with_replacement(iterable, r)</c>: non-decreasing index tuples, as CPython's cwr_next.
/// An empty pool gives nothing unless r == 0 (one empty tuple).
/// </summary>
public sealed class CombinationsWithReplacementIterator : NativeIterator
{
    private PyObject[] _pool = [];
    private int[] _indices = [];
    private int _r;
    private bool _started;

    public CombinationsWithReplacementIterator(PyType t) : base(t) { }

    public void Init(PyObject[] pool, int r)
    {
        _pool = pool;
        _r = r;
        _started = false;
        Stopped = pool.Length == 0 && r > 0;
        _indices = new int[Stopped ? 0 : r];
    }

    protected override PyObject? Advance()
    {
        var idx = _indices;
        int r = idx.Length, n = _pool.Length;
        if (_started)
        {
            // The rightmost index below n - 1 moves up, and every index after it takes its new value.
            int i = r - 1;
            while (i >= 0 && idx[i] == n - 1) i--;
            if (i < 0) return null;
            int v = idx[i] + 1;
            for (int j = i; j < r; j++) idx[j] = v;
        }
        _started = true;
        return ItertoolsArgs.TupleOf(_pool, idx, r);
    }

    protected override PyObject Reduce()
    {
        var r = PyInt.From(_r);
        if (!_started) return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(new PyTuple(_pool), r));
        if (Stopped) return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(PyTuple.Empty, r));
        return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(new PyTuple(_pool), r), ItertoolsArgs.Ints(_indices, _r));
    }

    protected override void SetState(PyObject state)
    {
        var items = ItertoolsArgs.StateTuple(state, _r);
        int n = _pool.Length;
        for (int i = 0; i < _r; i++)
        {
            long v = ItertoolsArgs.Clamp(ItertoolsArgs.StateIndex(items[i]), 0, n - 1);
            // An empty pool has no item to resume from (CPython would index outside it).
            if (i < _indices.Length) _indices[i] = (int)v;
        }
        if (n > 0 || _r == 0) _started = true;
    }

    protected override long SizeOf() => 56 + 8L * _r;
}
