# Sequence patterns with star captures; str/bytes are not sequences here.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} .. {middle} .. {last}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [*_, 9]:
            return "ends with nine"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case _:
            return "other"
tests = [[], [1], (1, 2), [1, 2, 3, 4, 5, 6], [0, 5, 6], [1, 2, 9], (7, 8, 6), "ab", b"xy",
         range(2), [1, 2, 3, 4], {1, 2}]
for t in tests:
    print(repr(t), "->", seq(t))
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return f"a={a} b={b} c={c} d={d}"
        case [[_, _], *_]:
            return "starts with a pair"
        case _:
            return "nope"
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[1, 2], 5]))
print(nested([[1, 2, 3]]))
match [1, 2, 3]:
    case [*all_items]:
        print("star only", all_items)
match (1, "a"):
    case [int(), str()]:
        print("typed elements")
from_iter = iter([1, 2])
match from_iter:
    case [a, b]:
        print("iterator matched?!")
    case _:
        print("iterators are not sequences")
