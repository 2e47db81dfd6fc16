# Four worker threads writing to one database file through their own connections (busy waits, callbacks).
import sqlite3, threading, os, tempfile, time
path = os.path.join(tempfile.mkdtemp(), "x.db")
init = sqlite3.connect(path)
init.execute("create table t(who, n)")
init.commit(); init.close()
def worker(name):
    con = sqlite3.connect(path, timeout=10)
    con.create_function("tag", 1, lambda s: name + ":" + s)
    for i in range(20):
        with con:
            con.execute("insert into t values (tag(?), ?)", (str(i), i))
            time.sleep(0.001)
    con.close()
ts = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
con = sqlite3.connect(path)
print(con.execute("select count(*), count(distinct who), sum(n) from t").fetchone())
con.close()
import shutil; shutil.rmtree(os.path.dirname(path))
