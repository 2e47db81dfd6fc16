# An error inside a list comprehension.
values = [4, 2, 0, 1]
inverses = [1 / v for v in values]
print(inverses)
