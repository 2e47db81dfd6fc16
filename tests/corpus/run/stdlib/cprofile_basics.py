# cProfile + pstats with a counting timer, so every reported time is deterministic.
import cProfile
import io
import os
import pstats
import tempfile


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
    parts = []
    parts.append(len('abc'))
    return total + sum(parts)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


def failing():
    try:
        int('x')
    except ValueError:
        return -1


def work():
    middle(3)
    middle(2)
    recurse(3)
    'abc'.upper()
    failing()
    return sorted([3, 1, 2])


pr = cProfile.Profile(Ticks())
pr.enable()
work()
pr.disable()

out = io.StringIO()
st = pstats.Stats(pr, stream=out)
for key, (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    print(os.path.basename(key[0]), key[1], key[2], cc, nc, tt, ct, sorted((k[2], v) for k, v in callers.items()))
st.strip_dirs().sort_stats('stdname').print_stats()
st.sort_stats(pstats.SortKey.CUMULATIVE, pstats.SortKey.NAME).print_stats(5)
st.sort_stats('calls', 'name').print_stats(0.5, 'e')
st.sort_stats('time').print_stats('recurse|leaf')
st.sort_stats('nfl').print_callers('leaf|recurse|len')
st.print_callees('middle|work')
st.sort_stats(-1).reverse_order().print_stats(3)
st.sort_stats('tim', 'na').print_stats('[bad')
print(out.getvalue())

prof = st.get_stats_profile()
print(prof.total_tt, sorted(prof.func_profiles)[:4])
print(prof.func_profiles['recurse'])
print(pstats.func_std_string(('~', 0, '<built-in method x>')), pstats.func_std_string(('f.py', 3, 'g')),
      pstats.func_std_string(('~', 0, 'plain')), pstats.f8(1.23456), pstats.func_strip_path(('/a/b.py', 1, 'c')))
print([str(k) for k in pstats.SortKey], pstats.SortKey('ncalls'), pstats.SortKey('tottime') is pstats.SortKey.TIME)
print(sorted(st.get_sort_arg_defs())[:12])
for bad in [lambda: st.sort_stats('calls', 1), lambda: pstats.Stats(None, stream=out).add({}),
            lambda: pstats.Stats(42)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'prof.out')
    p2 = cProfile.Profile(Ticks())
    p2.runcall(middle, 4)
    p2.dump_stats(path)
    loaded = pstats.Stats(path, stream=io.StringIO())
    print(sorted(k[2] for k in loaded.stats), loaded.total_calls, loaded.prim_calls, loaded.total_tt)
    both = pstats.Stats(path, stream=io.StringIO())
    both.add(path)
    print(both.total_calls, both.stats[[k for k in both.stats if k[2] == 'leaf'][0]][:4])

p3 = cProfile.Profile(Ticks(), builtins=False, subcalls=False)
p3.runctx('work()', globals(), {})
s3 = pstats.Stats(p3, stream=io.StringIO())
print(sorted((k[2], v[1]) for k, v in s3.stats.items()))
entries = sorted(p3.getstats(), key=lambda e: str(e.code))
print(len(entries), [e.calls for e in entries][:2])
p3.clear()
print(p3.getstats())
