from collections import defaultdict, namedtuple
from statistics import mean, median, pstdev
from dataclasses import dataclass, field
from typing import Dict, List
import itertools

Score = namedtuple("Score", ["student", "course", "points", "weight"])

RAW = """
alice,math,92,1.0
alice,physics,85.5,1.5
alice,art,78,0.5
bob,math,67,1.0
bob,physics,72,1.5
bob,art,95,0.5
carol,math,88,1.0
carol,physics,91,1.5
dave,math,45,1.0
dave,art,60,0.5
eve,physics,100,1.5
eve,math,100,1.0
"""


def parse(text):
    for line in text.strip().splitlines():
        s, c, p, w = line.split(",")
        yield Score(s, c, float(p), float(w))


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    scores: Dict[str, float] = field(default_factory=dict, compare=False)
    weights: Dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        self.sort_key = (self.name,)

    @property
    def gpa(self):
        total_w = sum(self.weights.values())
        return sum(self.scores[c] * self.weights[c] for c in self.scores) / total_w if total_w else 0.0


students: Dict[str, Student] = {}
by_course: Dict[str, List[float]] = defaultdict(list)
for sc in parse(RAW):
    st = students.setdefault(sc.student, Student(sc.student))
    st.scores[sc.course] = sc.points
    st.weights[sc.course] = sc.weight
    by_course[sc.course].append(sc.points)

print(f"{'name':<8}{'gpa':>8} {'grade':<6}{'courses'}")
ranking = sorted(students.values(), key=lambda s: (-s.gpa, s.name))
for rank, st in enumerate(ranking, 1):
    courses = ", ".join(f"{c}={p:g}" for c, p in sorted(st.scores.items()))
    print(f"{st.name:<8}{st.gpa:8.3f} {letter(st.gpa):<6}{courses}  #{rank}")

print()
for course, pts in sorted(by_course.items()):
    print(f"{course:<8} n={len(pts)} mean={mean(pts):.2f} median={median(pts):g} sd={pstdev(pts):.3f} "
          f"range=[{min(pts):g}, {max(pts):g}]")

dist = defaultdict(list)
for st in students.values():
    dist[letter(st.gpa)].append(st.name)
print({g: sorted(n) for g, n in sorted(dist.items())})
print(sorted(students.values())[0], min(students.values()).name)
top = max(students.values(), key=lambda s: s.gpa)
print("top:", top.name, round(top.gpa, 2))
pairs = [(a.name, b.name, round(abs(a.gpa - b.gpa), 2)) for a, b in itertools.combinations(ranking, 2)]
print(min(pairs, key=lambda t: t[2]), max(pairs, key=lambda t: t[2]))
histogram = defaultdict(int)
for pts in itertools.chain.from_iterable(by_course.values()):
    histogram[int(pts // 10 * 10)] += 1
for bucket in range(40, 101, 10):
    print(f"{bucket:>3}-{min(bucket + 9, 100):<3} {'#' * histogram[bucket]}")
missing = {name: sorted(set(by_course) - set(st.scores)) for name, st in students.items() if len(st.scores) < len(by_course)}
print(missing)
curve = {c: 100 - max(p) for c, p in by_course.items()}
curved = {n: {c: min(100, p + curve[c]) for c, p in st.scores.items()} for n, st in students.items()}
print(curved["dave"], curve)
Score2 = Score._make(["zed", "bio", 50, 1])
print(Score2, Score2._asdict(), Score2._replace(points=75).points, Score._fields, Score2[2], len(Score2))
s_a, s_b = students["alice"], Student("alice")
print(s_a == s_b, s_a < students["bob"], repr(s_b))
