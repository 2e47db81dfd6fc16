"""Maze generation with seeded random DFS, solving with A* and BFS, rendering with box characters."""
import heapq
import random
from collections import deque

W, H = 12, 8
rng = random.Random(7)
walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
DIRS = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}


def carve():
    stack, seen = [(0, 0)], {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, x + dx, y + dy, back) for d, (dx, dy, back) in DIRS.items()
                   if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nx, ny, back = rng.choice(sorted(options))
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))


def neighbors(cell):
    x, y = cell
    for d, (dx, dy, _) in DIRS.items():
        if d not in walls[cell]:
            yield (x + dx, y + dy)


def astar(start, goal):
    h = lambda c: abs(c[0] - goal[0]) + abs(c[1] - goal[1])
    openq = [(h(start), 0, start)]
    came = {start: None}
    g = {start: 0}
    expanded = 0
    while openq:
        _, cost, cur = heapq.heappop(openq)
        if cur == goal:
            break
        if cost > g[cur]:
            continue
        expanded += 1
        for n in neighbors(cur):
            nc = cost + 1
            if nc < g.get(n, 1 << 30):
                g[n] = nc
                came[n] = cur
                heapq.heappush(openq, (nc + h(n), nc, n))
    path, c = [], goal
    while c is not None:
        path.append(c)
        c = came[c]
    return path[::-1], expanded


def bfs(start, goal):
    q, seen = deque([start]), {start: 0}
    while q:
        c = q.popleft()
        for n in neighbors(c):
            if n not in seen:
                seen[n] = seen[c] + 1
                q.append(n)
    return seen[goal], len(seen)


def render(path=()):
    on = set(path)
    lines = ["+" + "---+" * W]
    for y in range(H):
        row, below = "|", "+"
        for x in range(W):
            row += (" * " if (x, y) in on else "   ") + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, below]
    return "\n".join(lines)


carve()
path, expanded = astar((0, 0), (W - 1, H - 1))
print(render(path))
print("path length", len(path) - 1, "expanded", expanded, "bfs", bfs((0, 0), (W - 1, H - 1)))
dead_ends = sum(1 for c in walls if len(walls[c]) == 3)
print("dead ends:", dead_ends, "open walls:", sum(4 - len(v) for v in walls.values()) // 2)
