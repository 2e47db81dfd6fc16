"""Heap queue algorithm (a.k.a. priority queue) -- Sharpy's own implementation.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check_list(heap, name, which=' 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument{which} must be list, not {type(heap).__name__}")


def _sift_up(heap, pos):
    """Move heap[pos] towards the root while it is smaller than its parent."""
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Move heap[pos] down to a leaf along the smaller children, then back up (Floyd's trick)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    # Bubble item back up, but not above start.
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up_max(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, 'heapify', '')
    for i in reversed(range(len(heap) // 2)):
        _sift_down(heap, i)


def _heapify_max(heap):
    for i in reversed(range(len(heap) // 2)):
        _sift_down_max(heap, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_down_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_down_max(heap, 0)
    return largest


# The native primitives (Sharpy.Runtime/Modules/Heapq) replace the Python ones above, as CPython's _heapq does.
from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,  # noqa: E402,F811
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # Entries are [key, order, value, iterator]: order breaks ties, so equal items come out in
    # the order of their input iterables (a stable merge).
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([_MergeKey(value if key is None else key(value), reverse), order, value, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = _MergeKey(value if key is None else key(value), reverse)
            entry[2] = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _MergeKey:
    __slots__ = ('key', 'reverse')

    def __init__(self, key, reverse):
        self.key = key
        self.reverse = reverse

    def __lt__(self, other):
        return other.key < self.key if self.reverse else self.key < other.key

    def __eq__(self, other):
        return not (self.key < other.key) and not (other.key < self.key)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.  Equivalent to sorted(iterable, key=key)[:n]"""
    if n <= 0:
        return []
    # sorted() is stable, which gives the same tie order as CPython's heap-based version.
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.  Equivalent to sorted(iterable, key=key, reverse=True)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
