# SyntaxError fields for errors of compile(): the code generator's and symbol table's errors
# have no text when the filename is not a file, and byte-based offsets; parser details.
def report(source, filename="<input>"):
    try:
        compile(source, filename, "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} | line {e.lineno} offset {e.offset} end {e.end_lineno}:{e.end_offset} | text {e.text!r}")


report("return 5")
report("x = 'é'; return 5")
report("def f():\n    yield from x\nasync def g():\n    yield from x")
report("def f(x):\n    global x")
report("nonlocal x")
report("[x for x in (y := [1, 2])]")
report("[x for x in range(3) for z in (w := [1])]")
report("[[y for y in (lambda: (q := 1))()] for x in range(2)]")
report("[x for x in [(y := 1) for z in range(2)]]")
report("[x for x in (lambda: (q := 1))()]")
report("[x for x in range(3) if (n := x)]")
report("from __future__ import nonexistent")
report("from __future__ import braces")
report("x = 1; from __future__ import annotations")
report("x = 1\nfrom __future__ import annotations")
report("def f(x) -> :\n    pass")
report("def f(x) ->\n    pass")
report("def f(x) -> int\n    pass")
report("match p:\n    case 1j + 2:\n        pass")
report("match p:\n    case -1j + 2:\n        pass")
report("match p:\n    case 1 + 2:\n        pass")
