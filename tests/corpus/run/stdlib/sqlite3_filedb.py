# A notes database on disk: reopen, dump and restore, then an uncaught error ends the program.
import os
import sqlite3
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "notes.db")

con = sqlite3.connect(path)
con.executescript("""
    create table note(id integer primary key autoincrement, title text not null, body text, stars int default 0);
    create index note_title on note(title);
    create view starred as select title from note where stars > 0;
    create trigger note_touch after update on note begin select 1; end;
""")
with con:
    con.executemany("insert into note(title, body, stars) values (?, ?, ?)",
                    [("shopping", "milk, eggs", 0), ("it's", 'quote "x"', 2), ("blob", None, 1)])
    con.execute("update note set body = ? where title = 'blob'", (b"\x00\xfe",))
con.close()
print(os.path.exists(path), os.path.getsize(path) > 0)

con = sqlite3.connect(path)
print(con.execute("select id, title, stars from note order by id").fetchall())
print(con.execute("select * from starred order by title").fetchall())
print(con.execute("select name, type from sqlite_master order by name").fetchall())
dump = list(con.iterdump())
for line in dump:
    print(line)

copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(dump))
print(copy.execute("select count(*), sum(stars) from note").fetchone())
print(copy.execute("select body from note where title = 'blob'").fetchone())

# Uncommitted changes are lost when another connection looks.
con.execute("insert into note(title) values ('draft')")
other = sqlite3.connect(path, timeout=0.1)
print("other sees:", other.execute("select count(*) from note").fetchone()[0], "in_transaction:", con.in_transaction)
con.commit()
print("after commit:", other.execute("select count(*) from note").fetchone()[0])
other.close()
con.close()

con = sqlite3.connect(path, isolation_level=None)
cur = con.cursor()
cur.execute("insert into note(title, stars) values ('last', 5)")
print(cur.lastrowid, cur.rowcount, con.in_transaction)
os.remove(path)
os.rmdir(tmp)
cur.execute("select title from notes_typo")
print("not reached")
