# profile (pure-Python profiler) with a counting timer: deterministic report and timings.
import io
import os
import profile
import re
import pstats
import sys
import tempfile


def noaddr(value):
    return re.sub(' at 0x[0-9a-f]+', ' at ADDR', str(value))


class Ticks:
    def __init__(self):
        self.now = 0

    def __call__(self):
        self.now += 1
        return self.now


def leaf(x):
    return x * 2


def middle(n):
    total = 0
    for i in range(n):
        total += leaf(i)
    return total + len([n])


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


def failing():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return abs(-1)


def work():
    middle(3)
    recurse(2)
    failing()
    return 'x'.upper()


p = profile.Profile(Ticks())
p.runcall(work)
p.create_stats()
for key, (cc, nc, tt, ct, callers) in sorted(p.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    print(os.path.basename(key[0]), key[1], noaddr(key[2]), cc, nc, tt, ct, noaddr(sorted((k[2], v) for k, v in callers.items())))
out = io.StringIO()
st = pstats.Stats(p, stream=out)
st.strip_dirs().sort_stats('stdname').print_stats()
st.print_callers('leaf|recurse')
st.print_callees('work')
print(noaddr(out.getvalue()))

p2 = profile.Profile(Ticks())
p2.runctx('middle(2)', globals(), {})
sys.stdout.flush()
p2.print_stats('calls')
p3 = profile.Profile(lambda: (1, 2))
print(p3.dispatcher.__name__, p3.get_time(), profile.Profile(lambda: (1, 2, 3)).dispatcher.__name__)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'p.out')
    p4 = profile.Profile(Ticks())
    p4.runcall(leaf, 3)
    p4.dump_stats(path)
    s4 = pstats.Stats(path, stream=io.StringIO())
    print(noaddr(sorted((k[2], v[:4]) for k, v in s4.stats.items())), s4.top_level)
class Sub(profile.Profile):
    pass
try:
    Sub().calibrate(10)
except TypeError as e:
    print('TypeError', e)
print(profile.__all__, repr(profile.Profile.fake_code('f', 1, 'n')))
