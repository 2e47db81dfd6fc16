class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


def kwonly(a, *, b):
    return a + b


def posonly(a, /, b):
    return a


cases = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2).move(),
    lambda: Point(1, 2).move(1, 2, 3),
    lambda: Point(1, 2).move(1, dz=3),
    lambda: Point(x=1, y=2, x2=3),
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: posonly(a=1, b=2),
    lambda: Point(1, 2).z,
    lambda: Point.z,
    lambda: None.attr,
    lambda: "abc".foo(),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 3 * "x" - 1,
    lambda: -"x",
    lambda: ~1.5,
    lambda: {}[[1]],
    lambda: {[1]: 2},
    lambda: hash({}),
    lambda: len(5),
    lambda: int("12x"),
    lambda: int("5", 1),
    lambda: float("abc"),
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1].remove(2),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.0 % 0,
    lambda: 2 ** -1 // 0,
    lambda: iter(5),
    lambda: next([]),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: min(1),
    lambda: object() < object(),
    lambda: [1, 2] < [1, "a"],
    lambda: "x" in 5,
    lambda: 5 in "abc",
    lambda: a_name_that_does_not_exist,
    lambda: int.bad,
    lambda: Point(1, 2)(),
    lambda: "abc"(),
    lambda: (lambda q: q)(),
    lambda: dict(a=1, **{"a": 2}),
    lambda: print(sep=1),
    lambda: "{} {}".format(1),
    lambda: [1, 2, 3][1:2:0],
    lambda: bytes([300]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: "a".join([1, 2]),
    lambda: setattr(1, "x", 2),
    lambda: frozenset().add(1),
    lambda: tuple().append(1),
    lambda: divmod(1, 0),
    lambda: round("x"),
    lambda: range(1.5),
    lambda: list(zip(1, 2)),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: super(),
    lambda: __import__("no_such_module_xyz"),
    lambda: int(None),
    lambda: float([]),
    lambda: complex("1+"),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: getattr(1, 2),
    lambda: 10 ** 1000 * 1.0,
    lambda: float(10 ** 400),
    lambda: "x" * 1.5,
    lambda: [0] * "3",
    lambda: list.append(1, 2),
    lambda: str.upper(5),
    lambda: enumerate(1),
    lambda: memoryview("s"),
    lambda: open(3.5),
    lambda: exec(1),
    lambda: eval("1 +"),
    lambda: compile("x = ", "<s>", "exec"),
    lambda: "%d" % [],
    lambda: b"a" + "b",
    lambda: {1, 2} + {3},
    lambda: None(),
    lambda: type("X", (1,), {}),
    lambda: object.__new__(int),
    lambda: int.__add__(1, "a"),
    lambda: slice(1, 2)[0],
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error:", r)
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
