"""Objects with __del__ that die together: a returning function's locals go first to last, a list's items
last to first (CPython's frame clear and list dealloc orders)."""


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def three_locals():
    first = Res("first")
    second = Res("second")
    third = Res("third")
    print("returning")


three_locals()
items = [Res("item0"), Res("item1"), Res("item2")]
del items
print("end")
