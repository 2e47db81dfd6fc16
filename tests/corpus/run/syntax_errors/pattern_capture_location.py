# Pattern errors raised while storing a capture point at the last sub-pattern compiled (compile()).
srcs = [
    "match x:\n    case {1: a, **a}:\n        pass",
    "match x:\n    case 1 as __debug__:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case (1, *a, *b):\n        pass",
    "match x:\n    case [*__debug__]:\n        pass",
]
for s in srcs:
    try:
        compile(s, 'f', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
