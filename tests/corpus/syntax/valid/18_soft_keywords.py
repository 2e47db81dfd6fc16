match = 1
case = 2
_ = 3
match.x = 4
match[0] = 5
match(a, b)
print(match, case, _)
def match(case): return case
match x, y:
    case _:
        pass
match *a, b:
    case _:
        pass
match (x):
    case match:
        pass
match -x:
    case case:
        pass
