# A small report: JSON round trip with a custom encoder, datetime arithmetic and struct_time views
import json
from datetime import datetime, date, timedelta, timezone

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

events = [
    {"name": "launch", "at": datetime(2024, 2, 29, 13, 45, 30), "tags": {"b", "a"}},
    {"name": "review", "at": datetime(2024, 12, 31, 23, 59, 59), "tags": set()},
]
text = json.dumps(events, cls=Enc, indent=1)
print(text)
back = json.loads(text)
for ev, orig in zip(back, events):
    when = datetime.fromisoformat(ev["at"])
    tt = when.timetuple()
    print(ev["name"], when == orig["at"], tt.tm_yday, tt.tm_wday, tt.tm_isdst, tuple(tt)[:6])
    print("  +90d:", when + timedelta(days=90), "weekday", (when + timedelta(days=90)).strftime("%A"))
d = date(2023, 3, 1)
print(d.timetuple(), d.timetuple().tm_yday)
aware = datetime(2024, 1, 1, 1, 30, tzinfo=timezone(timedelta(hours=5)))
print(aware.timetuple().tm_isdst, aware.utctimetuple(), aware.utctimetuple().tm_isdst)
print(datetime(2024, 6, 1, 12, tzinfo=timezone.utc).utctimetuple()[:6])
span = events[1]["at"] - events[0]["at"]
print(span, span.days, span.total_seconds(), span // timedelta(weeks=1))
