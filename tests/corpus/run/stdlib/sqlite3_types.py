# Adapters, converters, detect_types and text factories, as an event log would use them.
import datetime
import decimal
import sqlite3


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("DECIMAL", lambda b: decimal.Decimal(b.decode()))
print(sorted(k for k in sqlite3.converters))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table event(id integer primary key, at timestamp, day date, where_ point, cost decimal(10, 2), note text)")
rows = [
    (datetime.datetime(2024, 2, 29, 13, 45, 0), datetime.date(2024, 2, 29), Point(1, 2), decimal.Decimal("10.50"), "leap"),
    (datetime.datetime(2023, 12, 31, 23, 59, 59, 123456), datetime.date(2023, 12, 31), Point(-3.5, 0), decimal.Decimal("0.01"), None),
    (datetime.datetime(2000, 1, 1, 0, 0, 0, 500), datetime.date(2000, 1, 1), None, None, "y2k"),
]
con.executemany("insert into event(at, day, where_, cost, note) values (?, ?, ?, ?, ?)", rows)
for row in con.execute("select * from event order by at"):
    print(row)
print(con.execute("select at, typeof(at), day, typeof(where_) from event where id = 1").fetchone())
print("raw text:", con.execute("select cast(at as text), where_ from event where id = 2").fetchone())

print("-- PARSE_COLNAMES")
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES | sqlite3.PARSE_DECLTYPES)
cur = con2.execute('select ? as "p [point]", ? as "d [date]", ? as "plain", ? as "t [timestamp]"',
                   ("4;5", "2020-05-17", "2020-05-17", "2021-01-02 03:04:05.25"))
print([d[0] for d in cur.description])
print(cur.fetchone())
print(con2.execute('select 1 as "n [unknown]"').fetchone())

print("-- text_factory")
con3 = sqlite3.connect(":memory:")
con3.execute("create table words(w text)")
con3.executemany("insert into words values (?)", [("alpha",), ("Beta",), ("gämma",)])
con3.text_factory = bytes
print(con3.execute("select w from words").fetchall())
con3.text_factory = lambda b: b.decode("utf-8").upper()
print(con3.execute("select w, length(w) from words").fetchall())
con3.text_factory = str
print(con3.execute("select w from words order by w collate nocase").fetchall())

print("-- conform protocol")
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return f"${self.cents / 100:.2f}"


print(con3.execute("select ?", (Money(1999),)).fetchone())
print(sqlite3.adapt(Money(5)), sqlite3.adapt(datetime.date(2001, 2, 3)))
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

print("-- integers at the edges")
print(con3.execute("select ?, ?", (2**63 - 1, -2**63)).fetchone())
for big in (2**63, -2**63 - 1):
    try:
        con3.execute("select ?", (big,))
    except OverflowError as e:
        print("OverflowError:", e)
print(con3.execute("select 9223372036854775807 + 1").fetchone())
print(con3.execute("select 1e308 * 10, -1e308 * 10, 0.1 + 0.2").fetchone())
print(con3.execute("select 7 / 2, 7 % 3, 7.0 / 2, abs(-3), 'a' || 'b' || 1").fetchone())
print(con3.execute("select zeroblob(3), x'', '', ?", (b"",)).fetchone())
