"""Nested calls ending in an uncaught chained exception (traceback to stderr, exit 1)."""
import json


class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"{key}: {reason}")
        self.key = key


def parse_port(value):
    port = int(value)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def load(text):
    cfg = json.loads(text)
    out = {}
    for key, value in cfg.items():
        try:
            if key.endswith("port"):
                out[key] = parse_port(value)
            else:
                out[key] = value
        except ValueError as e:
            raise ConfigError(key, "invalid") from e
    return out


print(load('{"host": "localhost", "port": "8080"}'))
try:
    load('{"port": "99999"}')
except ConfigError as e:
    print("handled:", e, "| cause:", e.__cause__)

try:
    load("{bad json")
except json.JSONDecodeError as e:
    print("json error:", e.msg, e.lineno, e.colno, e.pos)


def level3(data):
    return data["missing"]


def level2(data):
    try:
        return level3(data)
    except KeyError:
        return [1, 2][5]


def level1():
    return level2({"present": 1})


try:
    level1()
except IndexError as e:
    print("context is KeyError:", type(e.__context__).__name__, e.__context__)

print("now failing for real")
load('{"admin_port": "http"}')
