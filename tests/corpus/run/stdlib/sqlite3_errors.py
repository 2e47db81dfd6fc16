# Error handling as a data-loading script sees it: every failure printed the way CPython reports it.
import sqlite3


def attempt(label, func, *args):
    try:
        result = func(*args)
    except Exception as e:
        extra = ""
        if hasattr(e, "sqlite_errorcode"):
            extra = f" [{e.sqlite_errorcode} {e.sqlite_errorname}]"
        print(f"{label}: {type(e).__module__}.{type(e).__qualname__}: {e}{extra}")
    else:
        print(f"{label}: ok {result!r}" if not isinstance(result, sqlite3.Cursor) else f"{label}: ok")


for cls in (sqlite3.Warning, sqlite3.Error, sqlite3.InterfaceError, sqlite3.DatabaseError, sqlite3.DataError,
            sqlite3.OperationalError, sqlite3.IntegrityError, sqlite3.InternalError, sqlite3.ProgrammingError,
            sqlite3.NotSupportedError):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
print(sqlite3.Connection.Error is sqlite3.Error, sqlite3.connect(":memory:").IntegrityError is sqlite3.IntegrityError)

con = sqlite3.connect(":memory:")
con.execute("create table account(id integer primary key, owner text unique not null, balance real check (balance >= 0))")
con.execute("create table entry(id integer primary key, account_id integer not null references account(id))")
con.execute("pragma foreign_keys = on")
con.execute("insert into account values (1, 'ann', 10)")
con.commit()

attempt("no such table", con.execute, "select * from missing")
attempt("no such column", con.execute, "select nope from account")
attempt("syntax", con.execute, "selec * from account")
attempt("incomplete", con.execute, "select * from")
attempt("unique pk", con.execute, "insert into account values (1, 'bob', 0)")
attempt("unique col", con.execute, "insert into account values (2, 'ann', 0)")
attempt("not null", con.execute, "insert into account(id, balance) values (3, 1)")
attempt("check", con.execute, "insert into account values (4, 'cy', -5)")
attempt("foreign key", con.execute, "insert into entry(account_id) values (99)")
attempt("too few", con.execute, "insert into account values (?, ?, ?)", (5, "dee"))
attempt("too many", con.execute, "select ?", (1, 2))
attempt("none needed", con.execute, "select 1", (1,))
attempt("dict for qmark", con.execute, "select ?", {"a": 1})
attempt("missing name", con.execute, "select :a, :b", {"a": 1})
attempt("bad params", con.execute, "select ?", 42)
attempt("string params", con.execute, "select ?", "x")
attempt("unsupported type", con.execute, "select ?", (object(),))
attempt("unsupported named", con.execute, "select :v", {"v": [1]})
attempt("two statements", con.execute, "select 1; select 2")
attempt("trailing comment ok", con.execute, "select 1; -- done")
attempt("sql not str", con.execute, 42)
attempt("executemany select", con.executemany, "select ?", [(1,)])
attempt("null char", con.execute, "select 'a\0b'")
attempt("empty sql", con.execute, "")
attempt("isolation", setattr, con, "isolation_level", "SOMETIMES")
attempt("isolation type", setattr, con, "isolation_level", 5)
attempt("create_function arity", con.create_function, "f", 1000, len)
attempt("collation callable", con.create_collation, "c", 42)
attempt("no such function", con.execute, "select frobnicate(1)")
attempt("no collation", con.execute, "select 'a' collate nosuch")
attempt("readonly pragma", con.execute, "insert into sqlite_master values (1,2,3,4,5)")
attempt("script error", con.executescript, "insert into account values (7, 'gus', 1); bogus;")
print("gus inserted:", con.execute("select count(*) from account where owner = 'gus'").fetchone()[0])

print("-- transactions keep going after errors")
try:
    with con:
        con.execute("insert into account values (10, 'hal', 5)")
        con.execute("insert into account values (11, 'hal', 5)")
except sqlite3.IntegrityError as e:
    print("rolled back:", e)
print(con.execute("select owner from account order by id").fetchall())

print("-- closed objects")
cur = con.cursor()
cur.close()
attempt("closed cursor execute", cur.execute, "select 1")
attempt("closed cursor fetch", cur.fetchone)
attempt("closed cursor close again", cur.close)
cur2 = con.execute("select 1 union select 2")
con.close()
attempt("closed con execute", con.execute, "select 1")
attempt("closed con cursor", con.cursor)
attempt("closed con commit", con.commit)
attempt("closed con total_changes", getattr, con, "total_changes")
attempt("cursor of closed con", cur2.fetchall)
attempt("close twice", con.close)

print("-- bad database paths")
attempt("directory", sqlite3.connect, "/")
attempt("missing dir", sqlite3.connect, "/nonexistent/dir/db.sqlite")
attempt("bad type", sqlite3.connect, 3.5)
attempt("uri ro missing", sqlite3.connect, "file:/nonexistent/x.db?mode=ro", 5.0, 0, "", True, sqlite3.Connection, 128, True)

print("-- row errors")
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as a").fetchone()
attempt("row key", row.__getitem__, "b")
attempt("row index", row.__getitem__, 3)
attempt("row float", row.__getitem__, 1.5)
attempt("row ctor", sqlite3.Row, None, (1,))
attempt("row vs tuple", lambda: row == (1,))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 'a;"),
      sqlite3.complete_statement("create trigger t after insert on x begin select 1; end;"))
