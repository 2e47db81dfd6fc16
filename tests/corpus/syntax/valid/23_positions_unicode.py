é = 'é'
λ = lambda α: α + 1
x = '中文' + y
s = f'{é}中{λ(1)}'
def ф(ж=1, *з, **и): return ж
print("😀", é)
class Ω: π = 3.14
