"""Config schema validation with nested dataclasses, type coercion, error aggregation and JSON input."""
import json
from dataclasses import dataclass, field, fields, MISSING
from typing import get_type_hints, Optional, List


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

    def __str__(self):
        return super().__str__() + "".join(f"\n  - {p}: {m}" for p, m in self.errors)


@dataclass
class Database:
    host: str
    port: int = 5432
    user: str = "admin"
    replicas: List[str] = field(default_factory=list)


@dataclass
class Cache:
    ttl: float = 60.0
    enabled: bool = True


@dataclass
class AppConfig:
    name: str
    debug: bool
    db: Database
    cache: Optional[Cache] = None
    workers: int = 4


def coerce(tp, value, path, errors):
    origin = getattr(tp, "__origin__", None)
    if origin is list:
        if not isinstance(value, list):
            errors.append((path, f"expected list, got {type(value).__name__}"))
            return []
        (item_tp,) = tp.__args__
        return [coerce(item_tp, v, f"{path}[{i}]", errors) for i, v in enumerate(value)]
    if origin is not None and type(None) in getattr(tp, "__args__", ()):
        if value is None:
            return None
        inner = [a for a in tp.__args__ if a is not type(None)][0]
        return coerce(inner, value, path, errors)
    if hasattr(tp, "__dataclass_fields__"):
        return build(tp, value, path, errors)
    if tp is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false", "yes", "no"):
            return value.lower() in ("true", "yes")
        errors.append((path, f"expected bool, got {value!r}"))
        return None
    try:
        if tp is int and isinstance(value, float) and not value.is_integer():
            raise ValueError("fractional")
        return tp(value)
    except (TypeError, ValueError) as e:
        errors.append((path, f"cannot convert {value!r} to {tp.__name__} ({e})"))
        return None


def build(cls, data, path, errors):
    if not isinstance(data, dict):
        errors.append((path, f"expected object, got {type(data).__name__}"))
        return None
    hints = get_type_hints(cls)
    kwargs = {}
    known = {f.name for f in fields(cls)}
    for extra in sorted(set(data) - known):
        errors.append((f"{path}.{extra}", "unknown field"))
    for f in fields(cls):
        p = f"{path}.{f.name}"
        if f.name in data:
            kwargs[f.name] = coerce(hints[f.name], data[f.name], p, errors)
        elif f.default is MISSING and f.default_factory is MISSING:
            errors.append((p, "required field missing"))
    if errors:
        return None
    return cls(**kwargs)


def load(text):
    errors = []
    cfg = build(AppConfig, json.loads(text), "$", errors)
    if errors:
        raise ValidationError(errors)
    return cfg


good = '{"name": "svc", "debug": "yes", "db": {"host": "db1", "port": "6543", "replicas": ["r1", "r2"]}, "cache": {"ttl": 5}}'
print(load(good))
print(load('{"name": "x", "debug": false, "db": {"host": "h"}}'))
bad_inputs = [
    '{"debug": "maybe", "db": {"port": "eighty", "replicas": "r1"}, "workers": 2.5, "colour": 1}',
    '{"name": "y", "debug": true, "db": [1, 2]}',
    '{"name": "z", "debug": true, "db": {"host": "h", "replicas": [1, {"a": 1}]}, "cache": {"ttl": "soon"}}',
]
for text in bad_inputs:
    try:
        load(text)
    except ValidationError as e:
        print(e)
load('{"name": 5}')
