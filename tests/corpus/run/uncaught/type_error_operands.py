# Uncaught TypeError from mixing types.
def label(n):
    return "item-" + n
print(label("1"))
print(label(2))
