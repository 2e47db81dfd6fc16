# Uncaught RecursionError: the repeated frames are collapsed.
def forever(n):
    return forever(n + 1)
print("recursing")
forever(0)
