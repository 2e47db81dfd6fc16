using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Collections;

/// <summary>
/// <c>collections.deque</c>: a ring buffer (power-of-two capacity, so positions wrap with a mask). Every operation
/// at either end is O(1) amortised; indexing is O(1) too (CPython's block list makes it O(n/64)).
/// <see cref="State"/> counts structural changes so iterators and scans detect mutation, as CPython's
/// <c>deque->state</c>. <see cref="MaxLen"/> is -1 when unbounded.
/// </summary>
public sealed class PyDeque : PyObject
{
    private PyObject?[] _items = new PyObject?[8];
    private int _head;
    public int Count { get; private set; }
    public long MaxLen = -1;
    public long State;

    public PyDeque(PyType type) : base(type) { }

    private int Mask => _items.Length - 1;

    /// <summary>The item at logical position <paramref name="i"/> (0 ≤ i &lt; Count, checked by callers).</summary>
    public PyObject this[int i]
    {
        get => _items[(_head + i) & Mask]!;
        set => _items[(_head + i) & Mask] = value;
    }

    private void Grow()
    {
        if (_items.Length >= Array.MaxLength / 2) throw new PythonException(new PyBaseException(PyExc.MemoryError));
        var bigger = new PyObject?[_items.Length * 2];
        CopyTo(bigger);
        _items = bigger;
        _head = 0;
    }

    private void CopyTo(PyObject?[] dest)
    {
        int first = Math.Min(Count, _items.Length - _head);
        Array.Copy(_items, _head, dest, 0, first);
        Array.Copy(_items, 0, dest, first, Count - first);
    }

    public PyObject[] ToArray()
    {
        var a = new PyObject[Count];
        CopyTo(a!);
        return a;
    }

    /// <summary>append: when full to maxlen the leftmost item falls off (nothing is kept with maxlen 0).</summary>
    public void Append(PyObject x)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == _items.Length) Grow();
        _items[(_head + Count) & Mask] = x;
        Count++;
        if (MaxLen > 0 && Count > MaxLen) PopLeftRaw();
    }

    public void AppendLeft(PyObject x)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == _items.Length) Grow();
        _head = (_head - 1) & Mask;
        _items[_head] = x;
        Count++;
        if (MaxLen > 0 && Count > MaxLen) PopRaw();
    }

    public PyObject Pop()
    {
        if (Count == 0) throw new PythonException(PyExc.IndexError("pop from an empty deque"));
        State++;
        return PopRaw();
    }

    public PyObject PopLeft()
    {
        if (Count == 0) throw new PythonException(PyExc.IndexError("pop from an empty deque"));
        State++;
        return PopLeftRaw();
    }

    private PyObject PopRaw()
    {
        int slot = (_head + Count - 1) & Mask;
        var x = _items[slot]!;
        _items[slot] = null; // let the collector free what the deque no longer holds
        Count--;
        return x;
    }

    private PyObject PopLeftRaw()
    {
        var x = _items[_head]!;
        _items[_head] = null;
        _head = (_head + 1) & Mask;
        Count--;
        return x;
    }

    public void Clear()
    {
        State++;
        _items = new PyObject?[8];
        _head = 0;
        Count = 0;
    }

    /// <summary>Replace the contents (items already trimmed to maxlen by the caller).</summary>
    public void Reset(PyObject[] items)
    {
        State++;
        int cap = 8;
        while (cap < items.Length) cap *= 2;
        _items = new PyObject?[cap];
        Array.Copy(items, _items, items.Length);
        _head = 0;
        Count = items.Length;
    }

    /// <summary>rotate(n): n steps to the right (negative: to the left).</summary>
    public void Rotate(long n)
    {
        State++;
        if (Count <= 1) return;
        long k = n % Count;
        if (k < 0) k += Count;
        if (k == 0) return;
        if (Count == _items.Length)
        {
            // Full buffer: rotating is only moving the head.
            _head = (int)((_head + Count - k) & Mask);
            return;
        }
        // Move the shorter side across the gap, one slot at a time: O(min(k, Count - k)).
        if (k <= Count / 2)
        {
            for (long i = 0; i < k; i++)
            {
                int last = (_head + Count - 1) & Mask;
                _head = (_head - 1) & Mask;
                _items[_head] = _items[last];
                _items[last] = null;
            }
        }
        else
        {
            for (long i = 0; i < Count - k; i++)
            {
                int end = (_head + Count) & Mask;
                _items[end] = _items[_head];
                _items[_head] = null;
                _head = (_head + 1) & Mask;
            }
        }
    }

    public void Reverse()
    {
        State++;
        for (int i = 0, j = Count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
    }

    /// <summary>Remove the item at logical position <paramref name="i"/>, shifting the shorter side.</summary>
    public void RemoveAt(int i)
    {
        State++;
        if (i < Count / 2)
        {
            for (int j = i; j > 0; j--) this[j] = this[j - 1];
            PopLeftRaw();
        }
        else
        {
            for (int j = i; j < Count - 1; j++) this[j] = this[j + 1];
            PopRaw();
        }
    }

    /// <summary>Insert before logical position <paramref name="i"/> (0 ≤ i ≤ Count); maxlen is checked by the caller.</summary>
    public void InsertAt(int i, PyObject x)
    {
        State++;
        if (Count == _items.Length) Grow();
        if (i < Count / 2)
        {
            _head = (_head - 1) & Mask;
            Count++;
            for (int j = 0; j < i; j++) this[j] = this[j + 1];
        }
        else
        {
            Count++;
            for (int j = Count - 1; j > i; j--) this[j] = this[j - 1];
        }
        this[i] = x;
    }

    public long Capacity => _items.Length;
}
