# A small inventory application over an in-memory SQLite database.
import sqlite3

con = sqlite3.connect(":memory:")
print(type(con).__name__, sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety)
print(isinstance(sqlite3.sqlite_version, str), len(sqlite3.sqlite_version_info), sqlite3.version)
cur = con.cursor()
print("fresh cursor:", cur.rowcount, cur.lastrowid, cur.description, cur.arraysize, cur.connection is con)

cur.executescript("""
    create table supplier(id integer primary key, name text not null unique, country text);
    create table product(
        id integer primary key autoincrement,
        name text not null,
        price real,
        qty integer default 0,
        supplier_id integer references supplier(id)
    );
    -- seed data
    insert into supplier(name, country) values ('Acme', 'US');
    insert into supplier(name, country) values ('Globex', 'DE');
""")
print("after script:", cur.rowcount, con.in_transaction, con.total_changes)

products = [
    ("anvil", 99.5, 3, 1),
    ("rocket", 1200.0, 1, 1),
    ("widget", 2.25, 150, 2),
    ("gizmo", 15.0, 0, 2),
    ("sprocket", 0.75, 1000, None),
]
cur.executemany("insert into product(name, price, qty, supplier_id) values (?, ?, ?, ?)", products)
print("executemany rowcount:", cur.rowcount, "lastrowid:", cur.lastrowid, "in_transaction:", con.in_transaction)
con.commit()
print("after commit:", con.in_transaction, con.total_changes)

cur.execute("insert into product(name, price) values (:name, :price)", {"name": "doohickey", "price": 3.5})
print("named insert lastrowid:", cur.lastrowid, cur.rowcount)

cur.execute("select id, name, price, qty from product order by price desc")
print([d[0] for d in cur.description])
print("first:", cur.fetchone())
print("many(2):", cur.fetchmany(2))
cur.arraysize = 3
print("many(default):", cur.fetchmany())
print("rest:", cur.fetchall())
print("exhausted:", cur.fetchone(), cur.fetchall())

print("-- join")
for row in con.execute("""
        select p.name, s.name, s.country
        from product p left join supplier s on s.id = p.supplier_id
        order by p.name"""):
    print(row)

print("-- aggregates")
print(con.execute("select count(*), sum(qty), round(avg(price), 3), min(price), max(price) from product").fetchone())
for row in con.execute("""
        select coalesce(s.name, '(none)') as supplier, count(p.id), sum(p.qty * p.price)
        from product p left join supplier s on s.id = p.supplier_id
        group by supplier order by supplier"""):
    print(row)

print("-- update/delete")
cur.execute("update product set qty = qty + 1 where price < ?", (20,))
print("updated:", cur.rowcount)
cur.execute("delete from product where qty = 0")
print("deleted:", cur.rowcount)
print("rollback drops both;", con.in_transaction)
con.rollback()
print(con.execute("select count(*) from product where qty = 0").fetchone()[0])

print("-- row factory")
con.row_factory = sqlite3.Row
row = con.execute("select name as Name, price from product where id = 2").fetchone()
print(type(row).__name__, row.keys(), row["name"], row["NAME"], row["Price"], row[0], row[-1], len(row))
print(tuple(row), list(row), row[:1])
print(dict(zip(row.keys(), row)))
other = con.execute("select name as Name, price from product where id = 2").fetchone()
print("equal rows:", row == other, row != other, hash(row) == hash(other))
con.row_factory = None

print("-- custom row factory")
def dict_factory(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}
c2 = con.cursor()
c2.row_factory = dict_factory
print(c2.execute("select id, name from supplier order by id").fetchall())

print("-- isolation levels")
print(repr(con.isolation_level))
con.isolation_level = None
con.execute("insert into supplier(name) values ('Initech')")
print("autocommit mode in_transaction:", con.in_transaction)
con.execute("begin")
con.execute("insert into supplier(name) values ('Umbrella')")
print("explicit begin:", con.in_transaction)
con.execute("rollback")
print(con.execute("select name from supplier order by id").fetchall())
con.isolation_level = "IMMEDIATE"
con.execute("update supplier set country = 'FR' where name = 'Initech'")
print(con.in_transaction, con.isolation_level)
con.commit()

print("-- iteration and types")
for value in con.execute("select 1, 2.5, 'text', x'00ff', null, 9223372036854775807"):
    print(value, [type(v).__name__ for v in value])
print(con.execute("select ?, ?, ?, ?, ?, ?", (True, 3, 1.25, "é€😀", b"\x00\x01", None)).fetchone())
print(con.execute("select typeof(?), typeof(?), typeof(?), typeof(?)", (1, 1.0, "s", bytearray(b"ab"))).fetchone())
print(con.execute("select ?", (memoryview(b"mv"),)).fetchone())

cur.close()
con.close()
print("closed")
