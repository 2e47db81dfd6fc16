# Unexpected indent.
def f():
    return 1
        print("over-indented")
