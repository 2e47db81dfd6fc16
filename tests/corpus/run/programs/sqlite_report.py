import sqlite3
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
cur = con.cursor()
cur.executescript("""
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
CREATE TABLE emp(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, dept_id INTEGER REFERENCES dept(id), salary REAL, hired TEXT);
""")
cur.executemany("INSERT INTO dept(name) VALUES (?)", [("eng",), ("ops",), ("hr",)])
emps = [("ann", 1, 120000.0, "2020-01-15"), ("bob", 1, 95000.5, "2021-06-01"), ("cat", 2, 88000, "2019-03-20"),
        ("dan", 2, None, "2022-11-11"), ("eve", 3, 70000, "2018-07-04")]
cur.executemany("INSERT INTO emp(name, dept_id, salary, hired) VALUES (?, ?, ?, ?)", emps)
con.commit()
print(cur.lastrowid, cur.rowcount)
for row in cur.execute("SELECT d.name AS dept, COUNT(*) AS n, ROUND(AVG(e.salary), 2) AS avg, MAX(e.salary) FROM emp e JOIN dept d ON d.id = e.dept_id GROUP BY d.name ORDER BY n DESC, dept"):
    print(dict(row), row["dept"], row[1], tuple(row), row.keys())
print(cur.execute("SELECT name FROM emp WHERE salary IS NULL").fetchone()[0])
print(cur.execute("SELECT name, salary FROM emp WHERE salary > :min ORDER BY salary", {"min": 90000}).fetchall()[0]["name"])
con.row_factory = None
cur = con.cursor()
print(cur.execute("SELECT * FROM emp ORDER BY id LIMIT 2").fetchall())
print(cur.execute("SELECT typeof(salary), typeof(name), typeof(dept_id), typeof(NULL) FROM emp WHERE id = 3").fetchone())
print(cur.execute("SELECT 1 + 1, 'a' || 'b', 7 / 2, 7 / 2.0, 7 % 3, upper('x'), length('héllo'), substr('abcdef', 2, 3), coalesce(NULL, 5)").fetchone())
print(cur.execute("SELECT x'414243', CAST('12' AS INTEGER), CAST(3.9 AS INTEGER), abs(-4), round(2.5), round(-2.5), 10000000000 * 10").fetchone())
print([d[0] for d in cur.execute("SELECT id, name AS nm FROM emp").description])
try:
    cur.execute("INSERT INTO dept(name) VALUES ('eng')")
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
    cur.execute("SELECT ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
with con:
    con.execute("UPDATE emp SET salary = salary * 1.1 WHERE dept_id = 1")
print(con.execute("SELECT name, round(salary, 2) FROM emp WHERE dept_id = 1").fetchall())
try:
    with con:
        con.execute("DELETE FROM emp")
        raise RuntimeError("rollback please")
except RuntimeError:
    pass
print(con.execute("SELECT COUNT(*) FROM emp").fetchone()[0], con.in_transaction, con.total_changes > 0)
con.create_function("double", 1, lambda x: x * 2 if x is not None else None)
print(con.execute("SELECT double(3), double(NULL), double('ab')").fetchone())
class Avg:
    def __init__(self): self.vals = []
    def step(self, v): self.vals.append(v)
    def finalize(self): return sum(self.vals) / len(self.vals)
con.create_aggregate("myavg", 1, Avg)
print(con.execute("SELECT myavg(id) FROM emp").fetchone())
print(con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall())
print(list(con.execute("SELECT value FROM (SELECT 3 AS value UNION SELECT 1 UNION SELECT 2) ORDER BY value")))
print(sqlite3.sqlite_version_info >= (3, 0, 0), sqlite3.paramstyle, sqlite3.threadsafety in (0, 1, 3), sqlite3.PARSE_DECLTYPES)
print(con.execute("SELECT ?, ?, ?, ?", (None, 1.5, b"\x00\x01", True)).fetchone())
dump = "\n".join(list(con.iterdump())[:4])
print(dump)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
