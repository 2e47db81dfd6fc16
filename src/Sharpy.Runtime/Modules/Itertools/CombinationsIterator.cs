using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// <c>itertools.combinations(iterable, r)</c>: r-length tuples of the pool's items in lexicographic index order,
/// as CPython's combinations_next (Modules/itertoolsmodule.c). Nothing when r &gt; n; one empty tuple when r == 0.
/// </summary>
public sealed class CombinationsIterator : NativeIterator
{
    private PyObject[] _pool = [];
    private int[] _indices = [];
    private int _r;
    private bool _started;

    public CombinationsIterator(PyType t) : base(t) { }

    public void Init(PyObject[] pool, int r)
    {
        _pool = pool;
        _r = r;
        _started = false;
        Stopped = r > pool.Length;
        _indices = new int[Stopped ? 0 : r];
        for (int i = 0; i < _indices.Length; i++) _indices[i] = i;
    }

    protected override PyObject? Advance()
    {
        var idx = _indices;
        int r = idx.Length, n = _pool.Length;
        if (_started)
        {
            // The rightmost index not yet at its highest position (i + n - r) moves up; those after it follow.
            int i = r - 1;
            while (i >= 0 && idx[i] == i + n - r) i--;
            if (i < 0) return null;
            idx[i]++;
            for (int j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
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
            long v = ItertoolsArgs.Clamp(ItertoolsArgs.StateIndex(items[i]), 0, i + n - _r);
            // With r > n there is no item to resume from (CPython would index outside its pool).
            if (i < _indices.Length) _indices[i] = (int)v;
        }
        if (_r <= n) _started = true;
    }

    protected override long SizeOf() => 56 + 8L * _r;
}
