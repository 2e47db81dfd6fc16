"""Sudoku solver with constraint propagation and backtracking (CPU heavy)."""
DIGITS = "123456789"
ROWS = "ABCDEFGHI"


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, DIGITS)
UNITLIST = ([cross(ROWS, c) for c in DIGITS] + [cross(r, DIGITS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    chars = [c for c in grid if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"grid has {len(chars)} cells")
    for s, d in zip(SQUARES, chars):
        if d in DIGITS:
            assign(values, s, d)
    return values


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no values left for {s}")
    if len(values[s]) == 1:
        d2 = values[s]
        for p in PEERS[s]:
            eliminate(values, p, d2)
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d}")
        if len(places) == 1:
            assign(values, places[0], d)


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    stats["branches"] += 1
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        try:
            return search(assign(values.copy(), s, d), stats)
        except Contradiction:
            stats["dead_ends"] += 1
    raise Contradiction("exhausted")


def show(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in DIGITS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)


puzzles = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
]
for p in puzzles:
    stats = {"branches": 0, "dead_ends": 0}
    solved = search(parse(p), stats)
    print(show(solved))
    print(stats)
    grid = "".join(solved[s] for s in SQUARES)
    ok = all(sorted(solved[s] for s in u) == list(DIGITS) for u in UNITLIST)
    print(grid[:27], "valid" if ok else "INVALID")
for bad in ["123", "11" + "." * 79]:
    try:
        search(parse(bad), {"branches": 0, "dead_ends": 0})
    except (ValueError, Contradiction) as e:
        print(type(e).__name__, e)
