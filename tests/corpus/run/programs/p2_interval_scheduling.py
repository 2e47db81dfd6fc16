"""Interval problems: merge, meeting rooms with heapq, weighted scheduling DP with bisect, sweep line."""
import bisect
import heapq
from datetime import datetime, timedelta


def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def rooms(meetings):
    heap, assignment, next_room = [], {}, 0
    free = []
    for s, e, name in sorted(meetings):
        while heap and heap[0][0] <= s:
            _, room = heapq.heappop(heap)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
        else:
            room, next_room = next_room, next_room + 1
        assignment[name] = room
        heapq.heappush(heap, (e, room))
    return next_room, assignment


def weighted(jobs):
    jobs = sorted(jobs, key=lambda j: j[1])
    ends = [j[1] for j in jobs]
    best = [0] * (len(jobs) + 1)
    take = [False] * len(jobs)
    for i, (s, e, w, _) in enumerate(jobs):
        k = bisect.bisect_right(ends, s, hi=i)
        incl = best[k] + w
        if incl > best[i]:
            best[i + 1], take[i] = incl, True
        else:
            best[i + 1] = best[i]
    chosen, i = [], len(jobs) - 1
    while i >= 0:
        if take[i]:
            chosen.append(jobs[i][3])
            i = bisect.bisect_right(ends, jobs[i][0], hi=i) - 1
        else:
            i -= 1
    return best[-1], chosen[::-1]


def max_overlap(intervals):
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    cur = best = 0
    at = None
    for t, d in events:
        cur += d
        if cur > best:
            best, at = cur, t
    return best, at


print(merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20], [9, 9]]))
print(merge([]), merge([[5, 5]]), merge([[1, 4], [4, 5]]))
base = datetime(2024, 6, 3, 9)
meetings = [(base + timedelta(minutes=s), base + timedelta(minutes=e), n) for s, e, n in
            [(0, 60, "standup"), (30, 90, "design"), (60, 120, "1:1"), (100, 130, "lunch-talk"),
             (120, 180, "review"), (125, 140, "sync"), (200, 230, "retro")]]
n, assign = rooms(meetings)
print("rooms needed:", n)
for s, e, name in sorted(meetings):
    print(f"  {s:%H:%M}-{e:%H:%M} {name:<11} room {assign[name]}")
jobs = [(1, 4, 5, "A"), (3, 5, 1, "B"), (0, 6, 8, "C"), (4, 7, 4, "D"), (3, 9, 6, "E"), (5, 9, 3, "F"),
        (6, 10, 2, "G"), (8, 11, 4, "H")]
print("weighted:", weighted(jobs))
print("overlap:", max_overlap([(1, 5), (2, 6), (4, 8), (7, 9), (5, 7)]))
busy = merge([[s.hour * 60 + s.minute, e.hour * 60 + e.minute] for s, e, _ in meetings])
gaps = [(a[1], b[0]) for a, b in zip(busy, busy[1:])]
print("free gaps:", [f"{g0 // 60:02d}:{g0 % 60:02d}-{g1 // 60:02d}:{g1 % 60:02d}" for g0, g1 in gaps])
