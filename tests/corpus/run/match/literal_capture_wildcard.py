# Literal, capture and wildcard patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "other " + repr(x)
for v in [0, 1, 3, -1, 1.5, 2j, "hello", b"raw", True, False, None, 1.0, 99, "bye"]:
    print(repr(v), "->", describe(v))
def capture(x):
    match x:
        case 42:
            return "answer"
        case other:
            return f"captured {other!r}"
print(capture(42), capture([1]), capture("s"))
match 5:
    case n if n > 3:
        print("guarded capture", n)
print("n after match:", n)
match "unused":
    case _:
        print("wildcard always matches")
match -0.0:
    case 0:
        print("-0.0 matches literal 0")
match 1 + 2:
    case 3:
        print("expression subject")
