# Binary operator dunders, reflected operands and NotImplemented.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        print("__add__", o)
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return self.__add__(o)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __and__(self, o):
        return "and"
    def __rand__(self, o):
        return "rand"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b)
print(b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a << 2)
print(a & 1, 1 & a, a | 0, a ^ 0)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    a >> 1
except TypeError as e:
    print("TypeError:", e)
class Sub(V):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub wins"
print(V(0, 0) + Sub(1, 1))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
