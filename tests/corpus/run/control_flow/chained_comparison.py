# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
x = 5
print(0 <= x < 10, 0 < x < 5, x in [5] in [[5]], x is x is not None)
a = [1]
b = a
print(a is b is not None, a == [1] is not a)
print(1 < 2 > 0 < 5 != 4 == 4 >= 4 <= 4)
print(not 1 < 2, (not 1) < 2)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1,) <= (1, 0))
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
print(0 < 1 < 0 < 1/0)
