# Slice reads and slice assignment on lists: growing, shrinking, same size, self, other sources, steps, errors.
def show(label, value):
    print(label, value)

base = list(range(10))
for lo, hi, src in [(2, 5, [9, 9, 9]), (2, 5, [7]), (2, 5, [1, 2, 3, 4, 5, 6]), (0, 0, ['a']),
                    (10, 10, ['end']), (5, 2, ['x', 'y']), (-3, None, []), (None, None, (1, 2)),
                    (3, 7, range(3)), (1, 3, 'ab'), (8, 100, [0, 0, 0, 0])]:
    l = base[:]
    l[lo:hi] = src
    show((lo, hi), l)

l = list(range(6))
l[1:4] = l
show('self', l)
l = list(range(6))
l[::2] = l[1::2]
show('extended', l)
l = list(range(6))
l[::-1] = l
show('reversed self', l)
l = list(range(9))
for k in range(1, 8):
    l[:k + 1] = l[k::-1]
show('flips', l)
print(l[::3], l[-2:], l[:-20], l[7:2:-2], l[100:], l[::-1][:3])

def gen():
    yield 'g1'
    yield 'g2'
l = [0, 1, 2, 3]
l[1:3] = gen()
show('generator', l)

class Idx:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __index__(self):
        self.target.append('mutated')
        return self.v

src = [1, 2, 3]
dst = [0, 0, 0, 0]
dst[Idx(1, src):Idx(3, src)] = src
show('index mutates source', dst)

class L(list):
    def __setitem__(self, k, v):
        print('L.__setitem__', k, v)
        super().__setitem__(k, v)
sub = L([1, 2, 3])
sub[0:1] = [5, 6]
show('subclass', sub)

for bad in [lambda: base.__setitem__(slice(0, 2), 5),
            lambda: base.__setitem__(slice(0, 6, 2), [1]),
            lambda: base.__setitem__(slice(0, 2, 0), [1]),
            lambda: base.__getitem__(slice(0, 2, 0)),
            lambda: base.__setitem__(slice('a', 2), [1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def store(l, s, v):
    l[s] = v
try:
    store([1, 2], slice(None, None, 2), [1, 2, 3])
except ValueError as e:
    print('ValueError', e)
