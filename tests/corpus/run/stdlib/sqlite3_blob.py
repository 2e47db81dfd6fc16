# Incremental BLOB I/O: an image store that patches bytes in place through Connection.blobopen.
import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, data blob)")
con.execute("insert into t values (1, zeroblob(10))")
con.execute("insert into t values (2, 'text')")
con.commit()
with con.blobopen("t", "data", 1) as blob:
    print(len(blob), blob.tell())
    print(blob.write(b"hello"), blob.tell())
    blob.seek(0)
    print(blob.read(3), blob.read(), blob.tell(), blob.read())
    blob.seek(-2, 2); print(blob.tell())
    blob.seek(1, 1); print(blob.tell())
    print(blob[0], blob[-1], blob[1:4], blob[::2])
    blob[0] = 72
    blob[5:7] = b"!!"
    print(blob[:])
    for bad in (lambda: blob.write(b"x" * 20), lambda: blob.seek(11), lambda: blob.seek(-1), lambda: blob.seek(0, 5),
                lambda: blob[10], lambda: blob.__setitem__(0, 256), lambda: blob.__setitem__(slice(0, 2), b"x"),
                lambda: blob.__delitem__(0), lambda: blob["a"], lambda: blob.__setitem__(0, b"x")):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
print(con.execute("select data from t where id = 1").fetchone())
try: blob.read()
except Exception as e: print(type(e).__name__, e)
for args in (("t", "data", 99), ("nope", "data", 1), ("t", "nope", 1)):
    try: con.blobopen(*args)
    except Exception as e: print(type(e).__name__, e)
b = con.blobopen("t", "data", 1, readonly=True)
try: b.write(b"a")
except Exception as e: print(type(e).__name__, e)
b.close(); b.close()
print(con.blobopen("t", "data", 2).read())
