"""LRU and LFU caches implemented with OrderedDict and a doubly linked list; compared against functools."""
from collections import OrderedDict, defaultdict
from functools import lru_cache


class DNode:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=None, val=None):
        self.key, self.val, self.prev, self.next = key, val, None, None


class LinkedLRU:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head, self.tail = DNode(), DNode()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return None
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val

    def put(self, key, val):
        if key in self.map:
            n = self.map[key]
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) == self.cap:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            n = self.map[key] = DNode(key, val)
        self._push_front(n)

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out


class ODLRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key, last=False)
        return self[key]

    def put(self, key, val):
        self[key] = val
        self.move_to_end(key, last=False)
        if len(self) > self.cap:
            self.popitem(last=True)


class LFU:
    def __init__(self, cap):
        self.cap, self.vals, self.freq = cap, {}, {}
        self.buckets = defaultdict(OrderedDict)
        self.minf = 0

    def _touch(self, key):
        f = self.freq[key]
        del self.buckets[f][key]
        if not self.buckets[f]:
            del self.buckets[f]
            if self.minf == f:
                self.minf += 1
        self.freq[key] = f + 1
        self.buckets[f + 1][key] = None

    def get(self, key):
        if key not in self.vals:
            return -1
        self._touch(key)
        return self.vals[key]

    def put(self, key, val):
        if key in self.vals:
            self.vals[key] = val
            self._touch(key)
            return
        if len(self.vals) >= self.cap:
            evict, _ = self.buckets[self.minf].popitem(last=False)
            if not self.buckets[self.minf]:
                del self.buckets[self.minf]
            del self.vals[evict], self.freq[evict]
        self.vals[key] = val
        self.freq[key] = 1
        self.buckets[1][key] = None
        self.minf = 1


ops = [("put", 1), ("put", 2), ("get", 1), ("put", 3), ("get", 2), ("put", 4), ("get", 1), ("get", 3),
       ("get", 4), ("put", 5), ("get", 3), ("put", 1), ("get", 4)]
a, b, c = LinkedLRU(3), ODLRU(3), LFU(3)
for op, k in ops:
    if op == "put":
        a.put(k, k * 10); b.put(k, k * 10); c.put(k, k * 10)
        print(f"put {k}: lru={a.keys()} od={list(b)} lfu={sorted(c.vals)}")
    else:
        print(f"get {k}: {a.get(k)} {b.get(k)} {c.get(k)}")
print("hits", a.hits, "misses", a.misses)

calls = []


@lru_cache(maxsize=3)
def slow(k):
    calls.append(k)
    return k * 10


for op, k in ops:
    slow(k)
print("functools misses:", calls, slow.cache_info())
print(slow.cache_parameters(), slow.__wrapped__(7), slow.cache_info().currsize)


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
