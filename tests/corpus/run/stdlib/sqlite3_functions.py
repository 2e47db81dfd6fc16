# User-defined SQL functions, aggregates and collations in a small grading report.
import math
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table score(student text, course text, points real)")
con.executemany("insert into score values (?, ?, ?)", [
    ("Zoë", "math", 91), ("adam", "math", 78.5), ("Bea", "math", 64),
    ("Zoë", "art", 55), ("adam", "art", 88), ("Bea", "art", None), ("carl", "art", 99.25),
])


def grade(points):
    if points is None:
        return None
    return "A" if points >= 90 else "B" if points >= 75 else "C" if points >= 60 else "F"


con.create_function("grade", 1, grade)
con.create_function("sqrt", 1, math.sqrt, deterministic=True)
con.create_function("initials", -1, lambda *names: "".join(n[0] for n in names if n))
con.create_function("kind", 1, lambda v: type(v).__name__)
con.create_function("echo", 1, lambda v: v)
for row in con.execute("select student, course, points, grade(points) from score order by course, student"):
    print(row)
print(con.execute("select sqrt(16), initials('ada', 'byron', ''), initials()").fetchone())
print(con.execute("select kind(1), kind(1.5), kind('s'), kind(x'00'), kind(null)").fetchone())
print(con.execute("select echo(?), echo(?), echo(?), echo(?)", (2**62, "ü", b"\x01", 0.5)).fetchone())


class Stats:
    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        mean = sum(self.values) / len(self.values)
        var = sum((v - mean) ** 2 for v in self.values) / len(self.values)
        return f"n={len(self.values)} mean={mean:.2f} sd={math.sqrt(var):.2f}"


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return self.sep.join(sorted(self.parts))


con.create_aggregate("stats", 1, Stats)
con.create_aggregate("joined", 2, Concat)
for row in con.execute("select course, stats(points), joined(student, '+') from score group by course order by course"):
    print(row)
print(con.execute("select stats(points) from score where 0").fetchone())


def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


con.create_collation("bylen", by_length)
print(con.execute("select distinct student from score order by student collate bylen").fetchall())
con.create_collation("bylen", None)
try:
    con.execute("select student from score order by student collate bylen")
except sqlite3.OperationalError as e:
    print("removed:", e)

print("-- errors inside callbacks")


def boom(x):
    raise ValueError("no " + str(x))


class BadStep:
    def step(self, v):
        raise KeyError(v)

    def finalize(self):
        return 0


class BadFinal:
    def step(self, v):
        pass

    def finalize(self):
        return 1 / 0


class BadInit:
    def __init__(self):
        raise RuntimeError("init")


con.create_function("boom", 1, boom)
con.create_function("ret_list", 0, lambda: [1])
con.create_function("ret_big", 0, lambda: 2**64)
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badfinal", 1, BadFinal)
con.create_aggregate("badinit", 1, BadInit)
for sql in ("select boom(1)", "select ret_list()", "select ret_big()", "select badstep(points) from score",
            "select badfinal(points) from score", "select badinit(points) from score", "select grade(1, 2)"):
    try:
        con.execute(sql).fetchall()
    except sqlite3.Error as e:
        print(f"{sql!r}: {type(e).__name__}: {e}")

con.create_function("grade", 1, None)
try:
    con.execute("select grade(1)")
except sqlite3.OperationalError as e:
    print("deleted function:", e)
