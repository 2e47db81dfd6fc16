import collections, dataclasses, enum, functools, itertools, json, re, datetime, decimal, fractions, math, random, string, struct, textwrap, heapq, bisect, operator, statistics


@dataclasses.dataclass(frozen=True)
class P:
    x: int


class E(enum.Enum):
    A = 1


cases = [
    lambda: P(1).__setattr__("x", 2),
    lambda: P(),
    lambda: dataclasses.replace(P(1), y=2),
    lambda: E(2),
    lambda: E.B,
    lambda: collections.namedtuple("T", "a a"),
    lambda: collections.namedtuple("T", "a b")(1),
    lambda: collections.namedtuple("T", "a")(1, 2),
    lambda: collections.Counter(a=1)["b"],
    lambda: collections.deque(maxlen=-1),
    lambda: collections.deque().pop(),
    lambda: collections.OrderedDict().popitem(),
    lambda: collections.defaultdict(5),
    lambda: functools.reduce(operator.add, []),
    lambda: json.loads("{"),
    lambda: re.compile("("),
    lambda: re.compile("[a-"),
    lambda: re.match("a", "a").group(2),
    lambda: datetime.date(2024, 13, 1),
    lambda: datetime.time(25),
    lambda: datetime.timedelta(days=10**10),
    lambda: datetime.datetime.fromisoformat("nope"),
    lambda: decimal.Decimal("1") / 0,
    lambda: decimal.Decimal(1.5) + 1.5,
    lambda: fractions.Fraction("x"),
    lambda: fractions.Fraction(1.5, 2),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.comb(3, -1),
    lambda: math.exp(1000),
    lambda: random.Random(1).randint(5, 1),
    lambda: string.Template("$x").substitute(),
    lambda: string.Template("$").substitute(),
    lambda: struct.pack("i"),
    lambda: struct.pack("z", 1),
    lambda: textwrap.wrap("x", width=0),
    lambda: heapq.heappop([]),
    lambda: bisect.bisect([3, 1], "a"),
    lambda: statistics.mean([]),
    lambda: statistics.stdev([1]),
    lambda: statistics.mode([]),
    lambda: itertools.islice([], -1),
    lambda: operator.itemgetter(5)([1]),
    lambda: list(itertools.chain(1)),
    lambda: int("1" * 5000),
    lambda: "{:q}".format(1),
    lambda: "{:,s}".format("x"),
    lambda: format(1.5, ",d"),
    lambda: "{0:{1}}".format(1, "<<<"),
    lambda: datetime.datetime.strptime("x", "%Y"),
    lambda: E.A < E.A,
    lambda: json.dumps({"a": {1, 2}}),
    lambda: dataclasses.asdict(1),
    lambda: dataclasses.fields(int),
    lambda: functools.partial(),
    lambda: iter([]).__next__(),
    lambda: enumerate([], start="x"),
    lambda: re.sub("(a)", r"\2", "a"),
    lambda: "abc".split(""),
    lambda: "x".center(5, "ab"),
    lambda: [].index(1),
    lambda: bytearray(b"a").pop(5),
    lambda: list(range(3)).insert("a", 1),
    lambda: dict.fromkeys(1),
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: set().remove(1),
    lambda: {}.pop("k"),
    lambda: sorted([3, 1], key=5),
    lambda: min([1, 2], key=len),
    lambda: int.from_bytes("ab", "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (256).to_bytes(1, "big"),
    lambda: "a" < 1,
    lambda: [1] < 1,
    lambda: (1, 2) > (1, "a"),
    lambda: None < None,
    lambda: {1} < [1],
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "no error:", r)
    except BaseException as e:
        print(i, f"{type(e).__module__}.{type(e).__qualname__}: {e}")
