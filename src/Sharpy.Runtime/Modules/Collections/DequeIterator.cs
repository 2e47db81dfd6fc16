using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Collections;

/// <summary>
/// <c>_collections._deque_iterator</c> / <c>_deque_reverse_iterator</c>. A change to the deque's
/// <see cref="PyDeque.State"/> after creation makes every later <c>next</c> raise, as CPython's dequeiter_next.
/// </summary>
public sealed class DequeIterator : PyIterator
{
    private readonly PyDeque _deque;
    private readonly long _state;
    private readonly bool _reverse;
    private int _index;      // logical position of the next item (counted from the right when reversed)
    private int _remaining;

    public DequeIterator(PyType type, PyDeque deque, bool reverse, int start = 0) : base(type)
    {
        _deque = deque;
        _state = deque.State;
        _reverse = reverse;
        _index = start;
        _remaining = Math.Max(0, deque.Count - start);
    }

    public int Remaining => _remaining;
    public int Position => _index;
    public PyDeque Deque => _deque;

    public override PyObject? Next()
    {
        if (_deque.State != _state)
        {
            _remaining = 0;
            throw new PythonException(PyExc.RuntimeError("deque mutated during iteration"));
        }
        if (_remaining == 0) return null;
        var x = _reverse ? _deque[_deque.Count - 1 - _index] : _deque[_index];
        _index++;
        _remaining--;
        return x;
    }
}
