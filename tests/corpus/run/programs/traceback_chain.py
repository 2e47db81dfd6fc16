"""Ends with an uncaught, chained exception; the traceback is compared exactly."""
import json


class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(f"{key}: {problem}")
        self.key = key


def parse_port(value):
    port = int(value)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def load(text):
    data = json.loads(text)
    settings = {}
    for key, raw in data.items():
        try:
            if key.endswith("_port"):
                settings[key] = parse_port(raw)
            else:
                settings[key] = raw
        except ValueError as exc:
            raise ConfigError(key, "invalid") from exc
    return settings


print(load('{"host": "localhost", "http_port": "8080"}'))
try:
    load('{"http_port": "99999"}')
except ConfigError as e:
    print("caught:", e, "| key:", e.key, "| cause:", repr(e.__cause__))

try:
    load('{"a": 1,}')
except json.JSONDecodeError as e:
    print("json:", e.msg, e.lineno, e.colno, e.pos)


def outer():
    try:
        {}["missing"]
    except KeyError:
        middle()


def middle():
    items = [1, 2, 3]
    return items[1] / (items[0] - 1)


try:
    outer()
except ZeroDivisionError as e:
    ctx = e.__context__
    print("context:", type(ctx).__name__, ctx, e.__suppress_context__)

config = load('{"name": "svc", "admin_port": "http"}')
