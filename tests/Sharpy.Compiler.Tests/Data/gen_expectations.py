"""Regenerates the committed expectations with CPython 3.11 (run from this directory):
   PYTHONHASHSEED=0 LC_ALL=C.UTF-8 python3.11 gen_expectations.py"""
import symtable, sys

def split_cases(path):
    cases, name, lines = [], None, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            if name: cases.append((name, "".join(lines)))
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name: cases.append((name, "".join(lines)))
    return cases

def dump(t, out, indent=""):
    out.append(f"{indent}{t.get_type()} {t.get_name()}")
    for name, flags in sorted(t._table.symbols.items()):
        out.append(f"{indent}  {name} {flags & 0x3FF} {(flags >> 11) & 7}")
    for child in t.get_children():
        dump(child, out, indent + "  ")

out = []
for name, src in split_cases("symtable_cases.txt"):
    out.append(f"### {name}")
    dump(symtable.symtable(src, "<test>", "exec"), out)
open("symtable_expected.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")

errors = []
for name, src in split_cases("error_cases.txt"):
    try:
        compile(src, "<test>", "exec")
        errors.append(f"### {name}\nNO ERROR")
    except SyntaxError as e:
        errors.append(f"### {name}\n{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
open("error_expected.txt", "w", encoding="utf-8").write("\n".join(errors) + "\n")

def walk(code, out):
    out.append(f"{code.co_qualname} name={code.co_name} line={code.co_firstlineno} argc={code.co_argcount} "
               f"posonly={code.co_posonlyargcount} kwonly={code.co_kwonlyargcount} flags={code.co_flags:#x}")
    out.append(f"  varnames={list(code.co_varnames)} cellvars={list(code.co_cellvars)} freevars={list(code.co_freevars)}")
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            walk(const, out)

codes = []
for name, src in split_cases("code_cases.txt"):
    codes.append(f"### {name}")
    walk(compile(src, "<test>", "exec"), codes)
open("code_expected.txt", "w", encoding="utf-8").write("\n".join(codes) + "\n")

import warnings
lines = []
for name, src in split_cases("warning_cases.txt"):
    lines.append(f"### {name}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<test>", "exec")
    for w in caught:
        lines.append(f"{w.category.__name__}|{w.message}|{w.lineno}")
open("warning_expected.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")

annotations_out = []
for line in open("annotation_cases.txt", encoding="utf-8"):
    expr = line.rstrip("\n")
    if expr.startswith("await") or expr.startswith("*"):
        src = "from __future__ import annotations\nasync def f(*args: %s): pass\n" % expr
        ns = {}
        exec(src, ns)
        annotations_out.append(ns["f"].__annotations__["args"])
        continue
    ns = {}
    exec("from __future__ import annotations\nx: %s\n" % expr, ns)
    annotations_out.append(ns["__annotations__"]["x"])
open("annotation_expected.txt", "w", encoding="utf-8").write("\n".join(annotations_out) + "\n")

import dis
WATCH = {"BINARY_OP", "CALL", "BINARY_SUBSCR", "LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR", "COMPARE_OP",
         "RAISE_VARARGS", "STORE_SUBSCR"}

def positions(code, out):
    for ins in dis.get_instructions(code):
        if ins.opname in WATCH:
            p = ins.positions
            out.append(f"{code.co_name} {ins.opname} {p.lineno} {p.end_lineno} {p.col_offset} {p.end_col_offset}")
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            positions(const, out)

pos = []
for name, src in split_cases("position_cases.txt"):
    pos.append(f"### {name}")
    positions(compile(src, "<test>", "exec"), pos)
open("position_expected.txt", "w", encoding="utf-8").write("\n".join(pos) + "\n")
