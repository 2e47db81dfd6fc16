# Bulk loading with executemany: adapters, mixed parameter styles, errors mid-batch and rowcount.
import sqlite3, datetime
con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, v)")
cur = con.cursor()
cur.executemany("insert into t(v) values (?)", [(1,), (datetime.date(2020, 1, 1),), ("x",), (b"b",), (2.5,), (None,)])
print(cur.rowcount, con.execute("select v from t").fetchall())
try:
    cur.executemany("insert into t values (?, ?)", [(100, 1), (101, 2), (100, 3)])
except sqlite3.IntegrityError as e:
    print(e, cur.rowcount)
print(con.execute("select count(*) from t").fetchone())
def gen():
    yield (1,)
    yield [2]
    yield {"a": 1}
try:
    cur.executemany("insert into t(v) values (?)", gen())
except sqlite3.ProgrammingError as e:
    print(e, cur.rowcount)
cur.executemany("insert into t(v) values (:a)", [{"a": 5}, {"a": 6}])
print(cur.rowcount)
try:
    cur.executemany("insert into t(v) values (?)", [(1, 2)])
except sqlite3.ProgrammingError as e:
    print(e)
cur.executemany("update t set v = ? where id = ?", [(0, 1), (0, 2), (0, 999)])
print(cur.rowcount)
cur.executemany("insert into t(v) values (?) returning id", [(7,)]) if sqlite3.sqlite_version_info >= (3, 35) else None
print(cur.fetchall(), cur.rowcount)
con.create_function("f", 1, lambda x: 1 / x)
try:
    cur.executemany("insert into t(v) values (f(?))", [(1,), (0,)])
except sqlite3.OperationalError as e:
    print(e, cur.rowcount)
