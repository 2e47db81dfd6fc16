# A '->' with no annotation after it is reported as a missing ':' at the arrow.
def area(width, height) -> :
    return width * height
