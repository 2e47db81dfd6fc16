# Scoping inside generator expressions and comprehensions nested in functions and classes.
def outer():
    factor = 3
    gen = (x * factor for x in range(3))
    factor = 10
    return list(gen)
print(outer())
def nested():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested())
def shadow():
    x = "outer x"
    result = [x for x in "ab"]
    return result, x
print(shadow())
class C:
    base = 100
    values = [1, 2]
    try:
        totals = [base + v for v in values]
    except NameError as e:
        totals = "NameError: " + str(e)
    firsts = [v for v in values]
print(C.totals, C.firsts)
def gen_closure():
    gens = [(lambda: i) for i in range(3)]
    return [g() for g in gens]
print(gen_closure())
def genexp_of_genexp():
    return list(sum(y for y in range(x)) for x in range(5))
print(genexp_of_genexp())
def walrus_in_nested():
    data = [[1, 2], [3, 4, 5], []]
    lens = [n for row in data if (n := len(row)) > 1]
    return lens, n
print(walrus_in_nested())
try:
    exec("class D:\n    [(z := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("[i := 0 for i in range(2)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
