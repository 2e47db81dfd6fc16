# Mixed-type numeric comparisons and equality.
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 == 2 + 0j)
print(1 < 1.5 < 2, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(max(1, 2.0, True), min(3, 2.5, 4), max(-0.0, 0), min(0, -0.0))
vals = [3, 1.5, True, -2, 2 ** 70, -0.5, False, 2.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(-1), hash(0.5), hash(2 ** 61), hash(-(2 ** 61)))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, False, 1, 1.0, True}))
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    [] > 1.5
except TypeError as e:
    print("TypeError:", e)
print(1 != "1", None == 0, None is None)
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
