# Conditional expressions and boolean operator results.
for v in [0, 1, -1, None, "", "x"]:
    print(repr(v), "yes" if v else "no", v or "default", v and "both")
def f(n):
    return "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)
print([f(n) for n in range(1, 21)])
a = [] or {} or 0 or "last"
b = 1 and [] and 3
c = None or 0
print(repr(a), repr(b), repr(c))
def side(v, label):
    print("eval", label)
    return v
print(side(0, "a") or side(2, "b") or side(3, "c"))
print(side(1, "a") and side(0, "b") and side(3, "c"))
print(not side([], "n"))
x = 5
print(x if x > 3 else side(0, "never"))
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
