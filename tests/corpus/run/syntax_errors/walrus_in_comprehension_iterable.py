# An assignment expression in a comprehension's iterable is rejected by the symbol table.
data = [3, 1, 2]
total = [x * 2 for x in (pool := data)]
print(total, pool)
