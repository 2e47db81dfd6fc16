# An error inside a lambda called by map.
data = ["1", "2", "three", "4"]
converted = list(map(lambda s: int(s) * 2, data))
print(converted)
