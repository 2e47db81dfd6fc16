"""Cron-like schedule parser and next-run calculator over datetimes, with validation errors."""
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
NAMES = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
         "oct": 10, "nov": 11, "dec": 12, "sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    values = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/", 1)
            if not s.isdigit() or int(s) == 0:
                raise CronError(f"bad step {s!r} in {name}")
            step = int(s)
        if part == "*":
            a, b = lo, hi
        elif "-" in part:
            a, b = (NAMES.get(x.lower(), None) if not x.isdigit() else int(x) for x in part.split("-", 1))
            if a is None or b is None:
                raise CronError(f"bad range {part!r} in {name}")
        else:
            v = int(part) if part.isdigit() else NAMES.get(part.lower())
            if v is None:
                raise CronError(f"bad value {part!r} in {name}")
            a = b = v
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise CronError(f"{name} value out of range {lo}-{hi}: {part!r}")
        values.update(range(a, b + 1, step))
    return frozenset(values)


class Cron:
    def __init__(self, expr):
        parts = expr.split()
        if len(parts) != 5:
            raise CronError(f"expected 5 fields, got {len(parts)}")
        self.expr = expr
        self.sets = {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}

    def matches(self, dt):
        s = self.sets
        return (dt.minute in s["minute"] and dt.hour in s["hour"] and dt.day in s["day"]
                and dt.month in s["month"] and (dt.isoweekday() % 7) in s["weekday"])

    def next_runs(self, start, n):
        t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
        out, guard = [], 0
        while len(out) < n:
            guard += 1
            if guard > 5000:
                raise CronError("no run found")
            if t.month not in self.sets["month"]:
                t = (t.replace(day=1, hour=0, minute=0) + timedelta(days=32)).replace(day=1)
                continue
            if t.day not in self.sets["day"] or (t.isoweekday() % 7) not in self.sets["weekday"]:
                t = t.replace(hour=0, minute=0) + timedelta(days=1)
                continue
            if t.hour not in self.sets["hour"]:
                t = t.replace(minute=0) + timedelta(hours=1)
                continue
            if t.minute in self.sets["minute"]:
                out.append(t)
            t += timedelta(minutes=1)
        return out


start = datetime(2024, 2, 27, 22, 58, 30)
for expr in ["*/15 * * * *", "0 9 * * mon-fri", "30 23 29 feb *", "0 0 1 */3 *", "5,35 8-9 * * sat,sun",
             "0 12 31 * *", "* * * *", "61 * * * *", "*/0 * * * *", "0 0 * * xyz", "0 0 30 feb *"]:
    try:
        c = Cron(expr)
        runs = c.next_runs(start, 3)
        print(f"{expr:<22} " + " | ".join(r.strftime("%a %Y-%m-%d %H:%M") for r in runs))
    except CronError as e:
        print(f"{expr:<22} error: {e}")
c = Cron("0 9 * * 1")
print(c.matches(datetime(2024, 3, 4, 9, 0)), c.matches(datetime(2024, 3, 5, 9, 0)), sorted(c.sets["weekday"]))
