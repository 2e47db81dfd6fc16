# A small one-way constraint solver in the spirit of DeltaBlue: variables, constraints, propagation plans.
class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.stay = True

    def add(self, c):
        self.constraints.append(c)


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        raise NotImplementedError


class EqualityConstraint(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a, self.b = a, b
        a.add(self)
        b.add(self)

    def execute(self):
        self.b.value = self.a.value

    def is_satisfied(self):
        return self.a.value == self.b.value


class ScaleConstraint(Constraint):
    def __init__(self, src, scale, offset, dest, strength):
        super().__init__(strength)
        self.src, self.scale, self.offset, self.dest = src, scale, offset, dest
        src.add(self)
        dest.add(self)

    def execute(self):
        self.dest.value = self.src.value * self.scale.value + self.offset.value

    def is_satisfied(self):
        return self.dest.value == self.src.value * self.scale.value + self.offset.value


class Planner:
    def __init__(self, constraints):
        self.plan = sorted(constraints, key=lambda c: -c.strength)

    def run(self):
        changed = 0
        for c in self.plan:
            if not c.is_satisfied():
                c.execute()
                changed += 1
        return changed


def chain_test(n):
    vars_ = [Variable("v%d" % i) for i in range(n)]
    cons = [EqualityConstraint(vars_[i], vars_[i + 1], i % 4) for i in range(n - 1)]
    planner = Planner(cons)
    total = 0
    for i in range(100):
        vars_[0].value = i
        planner.plan = cons
        total += planner.run()
        assert vars_[-1].value == i
    return total


def projection_test(n):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = [Variable("src%d" % i, i) for i in range(n)]
    dests = [Variable("dst%d" % i) for i in range(n)]
    cons = [ScaleConstraint(s, scale, offset, d, 2) for s, d in zip(srcs, dests)]
    planner = Planner(cons)
    total = 0
    for k in range(50):
        offset.value = k
        total += planner.run()
    return total, dests[-1].value


print(chain_test(2000))
print(projection_test(2000))
