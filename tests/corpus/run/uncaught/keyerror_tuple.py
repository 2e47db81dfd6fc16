# KeyError with a tuple key and an empty-string key.
grid = {(0, 0): "origin"}
print(grid[(0, 0)])
lookup = {"": 1}
print(lookup[""])
print(grid[(1, 2)])
