# A binary heap priority queue written by hand, used for Dijkstra's algorithm.
class Heap:
    def __init__(self):
        self.items = []
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, smallest = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest
    def __len__(self):
        return len(self.items)
h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
graph = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = Heap()
    pq.push((0, src))
    while len(pq):
        d, node = pq.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                pq.push((nd, nxt))
    return dist, prev
dist, prev = dijkstra("A")
print(sorted(dist.items()))
node, path = "F", []
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
