"""sqlite3 in-memory: schema, inserts, joins, aggregates, window-free ranking, transactions, errors."""
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
cur = con.cursor()
cur.executescript("""
CREATE TABLE dept (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE emp (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    dept_id INTEGER REFERENCES dept(id),
    salary REAL CHECK (salary > 0),
    hired TEXT
);
""")
cur.executemany("INSERT INTO dept (name) VALUES (?)", [("eng",), ("sales",), ("ops",)])
rows = [("ann", 1, 120000, "2019-01-10"), ("bob", 1, 95000, "2021-06-01"), ("cid", 2, 70000, "2018-03-15"),
        ("dee", 2, 82000.5, "2020-11-30"), ("eve", 1, 150000, "2015-07-07"), ("fay", None, 50000, "2023-01-01")]
cur.executemany("INSERT INTO emp (name, dept_id, salary, hired) VALUES (?, ?, ?, ?)", rows)
con.commit()
print(cur.lastrowid, cur.rowcount, con.total_changes)

q = """SELECT d.name AS dept, COUNT(e.id) AS n, ROUND(AVG(e.salary), 2) AS avg_sal, MAX(e.salary) AS top
       FROM dept d LEFT JOIN emp e ON e.dept_id = d.id GROUP BY d.id ORDER BY n DESC, dept"""
for r in cur.execute(q):
    print(f"{r['dept']:<6} {r['n']:>2} {r['avg_sal']!s:>10} {r['top']}")
print([tuple(r) for r in cur.execute("SELECT name, salary FROM emp WHERE salary > :min ORDER BY salary DESC", {"min": 80000})])
print(cur.execute("SELECT name FROM emp WHERE dept_id IS NULL").fetchone()["name"])
print(cur.execute("SELECT COUNT(*), SUM(salary), MIN(hired), MAX(hired) FROM emp").fetchone()[:])
print([r[0] for r in cur.execute("SELECT name FROM emp WHERE hired BETWEEN '2019-01-01' AND '2021-12-31' ORDER BY hired")])
print([tuple(r) for r in cur.execute("SELECT upper(name), length(name), substr(hired, 1, 4) FROM emp LIMIT 2 OFFSET 1")])
r = cur.execute("SELECT * FROM emp WHERE name = ?", ("ann",)).fetchone()
print(r.keys(), dict(r))
try:
    cur.execute("INSERT INTO dept (name) VALUES ('eng')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    cur.execute("INSERT INTO emp (name, salary) VALUES ('neg', -5)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    cur.execute("SELEC 1")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    cur.execute("SELECT * FROM nope")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    with con:
        con.execute("UPDATE emp SET salary = salary * 2 WHERE dept_id = 1")
        raise RuntimeError("abort raise")
except RuntimeError:
    pass
print(con.execute("SELECT SUM(salary) FROM emp WHERE dept_id = 1").fetchone()[0])
with con:
    con.execute("UPDATE emp SET salary = salary * 1.1 WHERE dept_id = 2")
print([round(x[0], 2) for x in con.execute("SELECT salary FROM emp WHERE dept_id = 2 ORDER BY id")])
con.create_function("initials", 1, lambda s: s[0].upper() + ".")
print([x[0] for x in con.execute("SELECT initials(name) FROM emp ORDER BY name")])
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(NULL), typeof(x'00')").fetchone()[:])
print(con.execute("SELECT 7 / 2, 7 / 2.0, 7 % 3, 'a' || 'b', NULL IS NULL, coalesce(NULL, 'd')").fetchone()[:])
print([tuple(x) for x in con.execute("SELECT name, sql IS NOT NULL FROM sqlite_master ORDER BY name")])
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
