# An exception raised while evaluating a match guard.
def classify(item):
    match item:
        case (x, y) if x / y > 1:
            return "steep"
        case (x, y):
            return "flat"
print(classify((4, 2)))
print(classify((1, 0)))
