import json

class ValidationError(Exception):
    def __init__(self, path, message):
        self.path = path
        self.message = message
        super().__init__(f"{'/'.join(map(str, path)) or '<root>'}: {message}")

TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
         "object": dict, "array": list, "null": type(None)}

def validate(value, schema, path=()):
    errors = []
    t = schema.get("type")
    if t:
        types = t if isinstance(t, list) else [t]
        ok = False
        for name in types:
            py = TYPES[name]
            if isinstance(value, py) and not (name in ("integer", "number") and isinstance(value, bool)):
                ok = True
        if not ok:
            errors.append(ValidationError(path, f"expected {' or '.join(types)}, got {type(value).__name__}"))
            return errors
    if "enum" in schema and value not in schema["enum"]:
        errors.append(ValidationError(path, f"{value!r} not one of {schema['enum']!r}"))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(ValidationError(path, f"too short ({len(value)} < {schema['minLength']})"))
        if "pattern" in schema:
            import re
            if not re.fullmatch(schema["pattern"], value):
                errors.append(ValidationError(path, f"{value!r} does not match {schema['pattern']!r}"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(ValidationError(path, f"{value} < minimum {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(ValidationError(path, f"{value} > maximum {schema['maximum']}"))
    if isinstance(value, dict):
        for req in schema.get("required", []):
            if req not in value:
                errors.append(ValidationError(path, f"missing required property {req!r}"))
        props = schema.get("properties", {})
        for k, v in value.items():
            if k in props:
                errors.extend(validate(v, props[k], path + (k,)))
            elif schema.get("additionalProperties") is False:
                errors.append(ValidationError(path, f"unexpected property {k!r}"))
    if isinstance(value, list):
        if "items" in schema:
            for i, item in enumerate(value):
                errors.extend(validate(item, schema["items"], path + (i,)))
        if schema.get("uniqueItems") and len({json.dumps(x, sort_keys=True) for x in value}) != len(value):
            errors.append(ValidationError(path, "items are not unique"))
    return errors

SCHEMA = json.loads("""
{
  "type": "object",
  "required": ["id", "name", "tags"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "name": {"type": "string", "minLength": 2, "pattern": "[A-Z][a-z]+"},
    "price": {"type": ["number", "null"], "minimum": 0, "maximum": 1e6},
    "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
    "status": {"enum": ["active", "retired"]},
    "dims": {"type": "object", "properties": {"w": {"type": "number"}, "h": {"type": "number"}}, "required": ["w"]}
  }
}
""")

DOCS = [
    '{"id": 1, "name": "Widget", "price": 9.5, "tags": ["a", "b"], "status": "active"}',
    '{"id": 0, "name": "w", "price": -1, "tags": ["a", "a", 3], "status": "gone", "extra": true}',
    '{"id": true, "name": "Gizmo", "tags": [], "dims": {"h": "tall"}}',
    '{"id": 2.0, "name": "Thing", "price": null, "tags": ["x"], "dims": {"w": 1e2, "h": 3}}',
    '[1, 2, 3]',
    '{"id": 3, "name": "Bad\\u00e9", "tags": ["\\ud83d\\ude00"]}',
]
for i, doc in enumerate(DOCS):
    data = json.loads(doc)
    errs = validate(data, SCHEMA)
    print(f"doc {i}: {'valid' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   ", e)
print(json.dumps(SCHEMA["properties"]["price"], sort_keys=True))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é\n\"q\""}, indent=2, sort_keys=True))
print(json.dumps({"a": "é"}, ensure_ascii=False), json.dumps([1e100, 1.0, -0.0, 10**20, float("inf")]))
print(json.dumps({1: 2, None: 3, True: 4, 2.5: 1}), json.dumps((1, 2), separators=(",", ":")))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"\\x"', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"JSONDecodeError: {e} | {e.msg} {e.lineno}:{e.colno} pos={e.pos}")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.loads("[NaN, Infinity, -Infinity, 1E400]"), json.loads('{"a":1,"a":2}'))
print(json.loads('1.5', parse_float=str), json.loads('{"x": [1]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a": 1, "b": 2}]', object_pairs_hook=lambda p: p))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.dumps("\u2028\x00"))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
