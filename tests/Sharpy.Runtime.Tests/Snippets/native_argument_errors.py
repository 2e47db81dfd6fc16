# Errors of natively implemented functions called wrongly (Argument Clinic's order: missing, repeated, unknown).
cases = ["round(x=1)", "round(1, x=1)", "round(1, number=2)", "sorted([], x=1)", "[].sort(reverse=1.5)",
         "enumerate()", "enumerate(x=1)", "dict.fromkeys()", "format(1, 'x', 2)", "dir(1, 2)", "locals(1)",
         "eval()", "eval('1', x=1)", "frozenset(1, 2)", "str(b'', 1)", "b''.decode(1)", "zip(1)",
         "max(1, 'a')", "'a'.join(1)", "'a'.ljust(3, 1)", "bytes.fromhex('a')", "300 in b'x'", "float('\u0661.\u0665')"]
for c in cases:
    try:
        print(c, "=>", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
