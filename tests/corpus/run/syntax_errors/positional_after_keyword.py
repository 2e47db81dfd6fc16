# Positional argument follows keyword argument.
print(sep="-", "a")
