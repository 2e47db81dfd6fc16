# Match details: subject evaluated once, literal comparison rules, value patterns use ==.
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Eq.__eq__ with", other)
        return self.v == other
class Consts:
    SPECIAL = Eq(5)
def subject():
    print("subject evaluated")
    return 5
match subject():
    case 1:
        print("one")
    case Consts.SPECIAL:
        print("matched value pattern via __eq__")
for v in [True, 1, 1.0, False, 0, None]:
    match v:
        case True:
            print(repr(v), "matches True (identity)")
        case 1:
            print(repr(v), "matches 1 (equality)")
        case False:
            print(repr(v), "matches False (identity)")
        case None:
            print(repr(v), "matches None")
        case _:
            print(repr(v), "matches nothing above")
match [1, [2, 3]]:
    case [1, [2, x]] if x > 2:
        print("nested with guard", x)
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no: b missing")
    case {"a": _} if False:
        print("no: guard false")
    case {}:
        print("empty mapping pattern matches any mapping")
x = "unchanged"
match (1, 2):
    case (x, 3):
        print("no")
    case _:
        print("failed pattern may still bind: x =", x)
match 3:
    case 1 | 2 | 3 as n if n % 2:
        print("or + as + guard", n)
match "abc":
    case str(s) if len(s) == 3:
        print("str pattern", s)
match 42:
    case bool():
        print("bool")
    case int() as i:
        print("int() pattern", i)
match 1.0:
    case int():
        print("int")
    case float(f):
        print("float", f)
