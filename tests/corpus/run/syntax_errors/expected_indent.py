# Expected an indented block.
def f():
print("body missing")
