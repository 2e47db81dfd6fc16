# Augmented assignment on names, attributes, subscripts; evaluation order.
class Box:
    def __init__(self):
        self.v = 1
def get_box():
    print("get_box called")
    return box
def key():
    print("key called")
    return "k"
box = Box()
get_box().v += 10
print(box.v)
d = {"k": 5}
d[key()] *= 3
print(d)
lst = [1, 2, 3]
i = 0
lst[i] += 100
print(lst)
lst[1:3] += [9]
print(lst)
s = "a"
s += "b"
s *= 3
print(s)
n = 7
n //= 2
n **= 3
n %= 10
n -= 1
n <<= 2
n |= 1
n ^= 3
n &= 0xff
n >>= 1
print(n)
f = 1.5
f /= 0.5
f += 1
print(f)
t = (1,)
t += (2, 3)
print(t)
m = [[0] * 2] * 2
m[0][0] += 1
print(m)
class Log(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
lg = Log(x=1)
lg["x"] += 1
print(lg)
