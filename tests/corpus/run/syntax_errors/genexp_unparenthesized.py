# Generator expression must be parenthesized.
print(sum(x for x in range(3), 1))
