# Auditing a database: statement tracing, an authorizer, a progress handler, backups and subclasses.
import sqlite3

con = sqlite3.connect(":memory:")
log = []
con.set_trace_callback(log.append)
con.execute("create table users(id integer primary key, name text, password text)")
con.executemany("insert into users(name, password) values (?, ?)", [("ann", "s3cret"), ("o'brien", None)])
con.execute("select * from users where id = ? and name = ?", (1, "ann")).fetchall()
con.commit()
con.set_trace_callback(None)
con.execute("select 'untraced'")
for line in log:
    print("trace:", line)

print("-- authorizer")
def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "password":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_DELETE:
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK

con.set_authorizer(authorizer)
print(con.execute("select name from users order by id").fetchall())
try:
    con.execute("select password from users")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.execute("delete from users")
print("after ignored delete:", con.execute("select count(*) from users").fetchone(), con.in_transaction)
con.commit()
con.set_authorizer(lambda *args: "not an int")
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)

print("-- progress handler")
calls = 0
def progress():
    global calls
    calls += 1
    return calls >= 5

con.set_progress_handler(progress, 10)
try:
    con.execute("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1000000) select sum(x) from c").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e, calls >= 5)
con.set_progress_handler(None, 0)
print(con.execute("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1000) select sum(x) from c").fetchone())

print("-- backup")
copy = sqlite3.connect(":memory:")
steps = []
con.backup(copy, pages=1, progress=lambda status, remaining, total: steps.append((status, remaining, total)))
print(copy.execute("select name, password from users order by id").fetchall())
print(len(steps) >= 1, steps[-1][0], steps[-1][1])
for bad in (lambda: con.backup(con), lambda: con.backup("x"), lambda: con.backup(copy, progress=5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("-- subclasses and factories")
class LoggingCursor(sqlite3.Cursor):
    def execute(self, sql, params=()):
        print("  executing:", sql.split()[0])
        return super().execute(sql, params)

class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.opened = True

    def cursor(self, factory=LoggingCursor):
        return super().cursor(factory)

class NamedRow(sqlite3.Row):
    def __getattr__(self, name):
        try:
            return self[name]
        except IndexError:
            raise AttributeError(name) from None

db = sqlite3.connect(":memory:", factory=MyConnection)
print(type(db).__name__, db.opened, isinstance(db, sqlite3.Connection))
cur = db.cursor()
cur.execute("create table kv(k text primary key, v)")
cur.execute("insert into kv values (?, ?)", ("a", 1))
db.row_factory = NamedRow
row = db.cursor().execute("select k, v from kv").fetchone()
print(type(row).__name__, row.k, row.v, row.keys())
try:
    db.cursor(factory=lambda c: 42)
except TypeError as e:
    print("TypeError", e)

print("-- lastrowid, rowcount and iteration details")
db.row_factory = None
c = db.cursor()
c.execute("insert into kv values ('b', 2)")
print(c.lastrowid, c.rowcount)
c.executemany("insert into kv values (:k, :v)", ({"k": k, "v": i} for i, k in enumerate("cde")))
print(c.lastrowid, c.rowcount)
c.execute("replace into kv values ('a', 100)")
print(c.lastrowid, c.rowcount)
c.execute("select k from kv order by k")
print(next(c), next(iter(c)), c.fetchmany(2))
c.close()
print(c.connection is db)
