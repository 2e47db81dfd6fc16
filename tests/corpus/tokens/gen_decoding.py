"""Writes decoding.json: how python3.11 decodes source bytes, for compile(bytes) and for a script file
(python3.11 FILE, attributes captured by an excepthook). Run: PYTHONHASHSEED=0 python3.11 gen_decoding.py"""
import json, os, re, subprocess, sys, tempfile

CASES = [
    b"x = 1\n", b"\xef\xbb\xbfx = 'bom'\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"#!/usr/bin/env python\n# coding=iso-8859-15\nx = '\xa4'\n",
    b"# vim: set fileencoding=cp1252 :\nx = '\x80'\n", b"# coding: utf_8\nx = '\xc3\xa9'\n", b"# coding: UTF-8-unix\nx = 1\n",
    b"# coding: latin_1\nx = '\xff'\n", b"# coding: koi8-r\nx = '\xc1'\n", b"# coding: ascii\nx = 1\n",
    b"\n# coding: latin-1\nx = '\xe9'\n", b"x = 1\n# coding: latin-1\ny = '\xe9'\n", b"\n\n# coding: latin-1\n",
    b"# coding: foo\nx = 1\n", b"# coding: foo", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
    b"x=1\n\xff\n", b"x = 'ab\xffc'\n", b"x = 1 # \xff\n", b"x = ab\xe9c\n", b"x = '\xc3'\n", b"x = '\xe2\x82'\n",
    b"# coding: ascii\nx = '\xe9'\n", b"x = 1\na\x00b\n", b"  # coding: latin-1\nx = '\xe9'\n", b"x = 1 # coding: latin-1\n",
    b"#coding:latin-1\r\nx = '\xe9'\r\n", b"# coding: latin-1\rx = '\xe9'\r",
    b'print("b\xf6se")\n', b"x = ['\xff', 1]\n", b"x = '\xff'  # c\n", b"x = '\xff' if y else z\n",
]

HOOK = """import sys
def hook(t, e, tb):
    print(repr((t.__name__, getattr(e, 'msg', None), getattr(e, 'lineno', None), getattr(e, 'offset', None),
                getattr(e, 'text', None), getattr(e, 'end_lineno', None), getattr(e, 'end_offset', None))))
sys.excepthook = hook
"""

def err(e):
    return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset, "text": e.text,
            "end_lineno": e.end_lineno, "end_offset": e.end_offset}

out = []
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "sitecustomize.py"), "w") as f:
        f.write(HOOK)
    for i, data in enumerate(CASES):
        entry = {"hex": data.hex()}
        try:
            compile(data, "f.py", "exec")
            m = re.search(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", data.replace(b"\r", b"\n").split(b"\n")[0]) or \
                (re.match(rb"^[ \t\f]*(#.*)?$", data.replace(b"\r", b"\n").split(b"\n")[0]) and
                 re.search(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", (data.replace(b"\r", b"\n").split(b"\n") + [b""])[1]))
            enc = m.group(1).decode() if m else "utf-8"
            enc = "utf-8" if enc.lower().replace("_", "-").startswith("utf-8") else enc
            body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
            entry["compile"] = {"text": body.decode(enc, "replace")}
        except SyntaxError as e:
            entry["compile"] = err(e)
        path = os.path.join(d, f"case{i}.py")
        with open(path, "wb") as f:
            f.write(data)
        env = dict(os.environ, PYTHONPATH=d, PYTHONDONTWRITEBYTECODE="1")
        r = subprocess.run([sys.executable, path], capture_output=True, text=True, env=env)
        if r.stdout.startswith("("):
            t = eval(r.stdout.strip())
            entry["file"] = dict(zip(["type", "msg", "lineno", "offset", "text", "end_lineno", "end_offset"], t))
            entry["file"]["msg"] = entry["file"]["msg"].replace(path, "FILE")
        else:
            entry["file"] = {"ok": True}
        out.append(entry)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "decoding.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(out, f, ensure_ascii=True, indent=0)
    f.write("\n")
print(len(out))
