# Patterns that are rejected at compile time (tested through compile()).
sources = [
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case (a | [a, b]):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case f(1):\n        pass\n    case _:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
match = 5
case = [1, 2]
print(match, case, match + case[0])
def match_(x): return x
print(match_(3))
_ = "soft keyword _"
print(_)
