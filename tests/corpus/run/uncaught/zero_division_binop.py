# Carets for a binary operation inside a larger expression.
def compute(x, y, z):
    return x * 2 + y // (z - z) + 1
print(compute(1, 2, 3))
