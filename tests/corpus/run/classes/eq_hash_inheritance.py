# Defining __eq__ sets __hash__ to None; inheritance of __hash__ and __eq__.
class A:
    pass
class B:
    def __eq__(self, other):
        return True
class C(B):
    pass
class D(B):
    __hash__ = B.__hash__
class E(B):
    def __hash__(self):
        return 7
class F(E):
    def __eq__(self, other):
        return False
print(A.__hash__ is object.__hash__, B.__hash__, C.__hash__, D.__hash__, E().__hash__(), F.__hash__)
for cls in [A, B, C, D, E, F]:
    try:
        print(cls.__name__, "hashable", type(hash(cls())).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
class G:
    def __hash__(self):
        return 1
print(G.__eq__ is object.__eq__, G() == G(), len({G(), G()}))
class H(G):
    def __eq__(self, other):
        return isinstance(other, H)
print(H.__hash__, "__hash__" in H.__dict__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)))
