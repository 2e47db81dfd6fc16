# A hand-written JSON-like serializer and parser (no imports), round-tripping data.
def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = (",\n").join(pad + "  " + dumps(v, indent + 1) for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(obj, dict):
        inner = (",\n").join(f'{pad}  {dumps(str(k))}: {dumps(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}" if obj else "{}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1; out = {}; ws()
            if text[pos] == "}":
                pos += 1; return out
            while True:
                k = value(); ws(); pos += 1
                out[k] = value(); ws()
                if text[pos] == ",":
                    pos += 1; continue
                pos += 1; return out
        if ch == "[":
            pos += 1; out = []; ws()
            if text[pos] == "]":
                pos += 1; return out
            while True:
                out.append(value()); ws()
                if text[pos] == ",":
                    pos += 1; continue
                pos += 1; return out
        if ch == '"':
            pos += 1; buf = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    buf.append({"n": "\n"}.get(text[pos], text[pos]))
                else:
                    buf.append(text[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word); return val
        start = pos
        while pos < len(text) and text[pos] in "-+.0123456789e":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".e") else int(num)
    return value()
data = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b\nc"], "stock": None,
        "active": True, "dims": {"w": 3, "h": -4.5e-3}, "empty": [], "nested": [[1, [2, []]], {}]}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["tags"][1] == "b\nc", type(back["dims"]["h"]).__name__)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
