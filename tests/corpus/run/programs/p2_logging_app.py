"""logging: handlers, formatters, levels, filters, loggers hierarchy, exception logging, to stdout/stderr."""
import os as _os
import sys as _sys

_DIR = _os.path.dirname(_os.path.abspath(__file__))


class _RedactDir:
    """Tracebacks name this file by its absolute path: print it as <dir> so the expected output is portable."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(_DIR, '<dir>'))

    def flush(self):
        self.stream.flush()


_sys.stdout = _RedactDir(_sys.stdout)
import logging
import io
import sys

logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(name)s:%(message)s")
logging.warning("root warning %d", 1)
logging.info("not shown")
logging.error("error with %s and %r", "str", "repr")

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d %(message)s"))
app.addHandler(out)
app.propagate = False

db = logging.getLogger("app.db")
print(db.parent is app, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()), db.name)


def query(sql):
    db.debug("executing %s", sql)
    if "DROP" in sql:
        db.critical("dangerous statement: %s", sql)
    return len(sql)


query("SELECT 1")
query("DROP TABLE users")


class OnlyEven(logging.Filter):
    def filter(self, record):
        record.extra_info = f"n={record.args[0]}" if record.args else "-"
        return not record.args or record.args[0] % 2 == 0


buf = io.StringIO()
h = logging.StreamHandler(buf)
h.addFilter(OnlyEven())
h.setFormatter(logging.Formatter("%(message)s (%(extra_info)s)"))
h.setLevel(logging.INFO)
counter = logging.getLogger("counter")
counter.addHandler(h)
counter.setLevel(logging.DEBUG)
counter.propagate = False
for i in range(6):
    counter.info("value %d", i)
counter.debug("debug %d", 2)
print(buf.getvalue(), end="")

try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed")

app.log(logging.WARNING, "via log(): %(a)s-%(b)s", {"a": 1, "b": 2})
app.info("extra field %s", "x", extra={"user": "ann"})
logging.addLevelName(25, "NOTICE")
app.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))

adapter = logging.LoggerAdapter(app, {"req": "r-42"})
adapter.warning("adapter message")


class JsonFormatter(logging.Formatter):
    def format(self, record):
        import json
        return json.dumps({"lvl": record.levelname, "msg": record.getMessage(), "logger": record.name}, sort_keys=True)


jh = logging.StreamHandler(sys.stdout)
jh.setFormatter(JsonFormatter())
jlog = logging.getLogger("json")
jlog.addHandler(jh)
jlog.propagate = False
jlog.warning("structured %s", "output")
jlog.setLevel(logging.ERROR)
jlog.warning("suppressed")
print(jlog.isEnabledFor(logging.ERROR), jlog.isEnabledFor(logging.WARNING), logging.getLogger("json") is jlog)
fmt = logging.Formatter("%(asctime)s", datefmt="%Y")
rec = logging.LogRecord("n", logging.INFO, "/p/file.py", 10, "msg %s", ("arg",), None)
print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
styled = logging.Formatter("{levelname}|{message}", style="{")
print(styled.format(rec))
print(logging.Formatter("$levelname $message", style="$").format(rec))
app.removeHandler(out)
app.error("no handlers now")
logging.getLogger("other").error("to stderr via root %s", "handler")
logging.shutdown()
