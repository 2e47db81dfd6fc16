"""Cellular automata: Game of Life on a torus, Rule 30/110, Langton's ant, with string rendering."""
from collections import Counter
import itertools


def life_step(live, w, h):
    counts = Counter(((x + dx) % w, (y + dy) % h) for x, y in live
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
state = set(glider)
for gen in range(5):
    print(f"gen {gen}:\n{render(state, w, h)}")
    state = life_step(state, w, h)
state = set(glider)
for _ in range(4 * w):
    state = life_step(state, w, h)
print("glider returns home after", 4 * w, "steps:", state == glider)

pulsar_rows = ["..###...###..", ".............", "#....#.#....#", "#....#.#....#", "#....#.#....#",
               "..###...###..", ".............", "..###...###..", "#....#.#....#", "#....#.#....#",
               "#....#.#....#", ".............", "..###...###.."]
pulsar = {(x + 2, y + 2) for y, row in enumerate(pulsar_rows) for x, c in enumerate(row) if c == "#"}
s = set(pulsar)
periods = []
for i in range(1, 7):
    s = life_step(s, 17, 17)
    periods.append(len(s))
    if s == pulsar:
        print("pulsar period:", i)
        break
print("populations:", periods)


def elementary(rule, width, steps):
    table = {tuple(map(int, f"{i:03b}")): (rule >> i) & 1 for i in range(8)}
    row = [0] * width
    row[width // 2] = 1
    lines = []
    for _ in range(steps):
        lines.append("".join(" █"[c] for c in row))
        row = [table[(row[i - 1], row[i], row[(i + 1) % width])] for i in range(width)]
    return lines


for rule in (30, 90, 110):
    print(f"rule {rule}:")
    print("\n".join(elementary(rule, 31, 12)))


def langton(steps, size=11):
    grid = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in grid:
            dx, dy = dy, -dx
            grid.remove((x, y))
        else:
            dx, dy = -dy, dx
            grid.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    return grid, (x, y)


g, pos = langton(500)
print("ant at", pos, "black cells", len(g))
print(render(g, 11, 11))
coords = list(itertools.product(range(3), repeat=2))
print(coords, sum(1 for c in coords if c in glider))
