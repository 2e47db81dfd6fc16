# Error raised by __repr__ while printing a container.
class Broken:
    def __repr__(self):
        raise RuntimeError("repr exploded")
items = [1, 2, Broken()]
print(len(items))
print(items)
