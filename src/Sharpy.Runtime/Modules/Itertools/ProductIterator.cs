using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Itertools;

/// <summary>
/// <c>itertools.product(*iterables, repeat=1)</c>: the Cartesian product, rightmost position advancing fastest, as
/// CPython's product_next. No pools yield one empty tuple; any empty pool yields nothing.
/// </summary>
public sealed class ProductIterator : NativeIterator
{
    private PyObject[][] _pools = [];
    private int[] _indices = [];
    private bool _started;

    public ProductIterator(PyType t) : base(t) { }

    public void Init(PyObject[][] pools)
    {
        _pools = pools;
        _indices = new int[pools.Length];
        _started = false;
        Stopped = false;  // an empty pool stops it at the first next(), as in CPython (which __reduce__ shows)
    }

    protected override PyObject? Advance()
    {
        var idx = _indices;
        var pools = _pools;
        int m = idx.Length;
        if (!_started)
        {
            foreach (var p in pools)
                if (p.Length == 0) return null;
        }
        else
        {
            // Odometer: the rightmost position that can advance does; those to its right wrap to 0.
            int i = m - 1;
            for (; i >= 0; i--)
            {
                if (++idx[i] < pools[i].Length) break;
                idx[i] = 0;
            }
            if (i < 0) return null;
        }
        _started = true;
        if (m == 0) return PyTuple.Empty;
        var items = new PyObject[m];
        for (int k = 0; k < m; k++) items[k] = pools[k][idx[k]];
        return new PyTuple(items);
    }

    protected override PyObject Reduce()
    {
        if (Stopped) return ItertoolsArgs.Tuple(Type, ItertoolsArgs.Tuple(PyTuple.Empty));
        if (!_started) return ItertoolsArgs.Tuple(Type, PoolsTuple());
        return ItertoolsArgs.Tuple(Type, PoolsTuple(), ItertoolsArgs.Ints(_indices, _indices.Length));
    }

    private PyTuple PoolsTuple()
    {
        var items = new PyObject[_pools.Length];
        for (int i = 0; i < items.Length; i++) items[i] = ItertoolsArgs.Tuple(_pools[i]);
        return ItertoolsArgs.Tuple(items);
    }

    protected override void SetState(PyObject state)
    {
        var items = ItertoolsArgs.StateTuple(state, _pools.Length);
        for (int i = 0; i < items.Length; i++)
        {
            long v = ItertoolsArgs.StateIndex(items[i]);
            int size = _pools[i].Length;
            if (size == 0) { Stopped = true; return; }
            _indices[i] = (int)ItertoolsArgs.Clamp(v, 0, size - 1);
        }
        _started = true;
    }

    protected override long SizeOf() => 48 + 8L * _pools.Length;
}
