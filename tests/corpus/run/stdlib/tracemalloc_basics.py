# tracemalloc: module state, errors, and the Snapshot/Statistic/Filter classes on synthetic traces
# (what memory a real program allocates differs between implementations, so only its shape is shown).
import os
import tempfile
import tracemalloc
from tracemalloc import Snapshot, Filter, DomainFilter, Frame, Traceback, Statistic

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError', e)
for bad in [0, 65536]:
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError', e)
tracemalloc.start(5)
data = [bytes(1000) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), isinstance(current, int), peak >= current >= 0)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, type(snap.statistics('lineno')).__name__)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
print(isinstance(tracemalloc.get_tracemalloc_memory(), int))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(data))

traces = [
    (0, 100, (('a.py', 10), ('main.py', 1)), 2),
    (0, 50, (('a.py', 10), ('main.py', 1)), 2),
    (0, 7000, (('b.py', 3), ('a.py', 12), ('main.py', 2)), 3),
    (1, 2048, (('b.py', 4),), 1),
    (0, 30, (('lib/c.pyc', 8), ('b.py', 3)), 2),
]
s1 = Snapshot(traces, 3)
s2 = Snapshot(traces[:2] + [(0, 5000000, (('d.py', 1),), 1)], 3)
for key in ['lineno', 'filename', 'traceback']:
    for stat in s1.statistics(key):
        print(key, stat, repr(stat))
for key in ['lineno', 'filename']:
    print(key, [str(s) for s in s1.statistics(key, cumulative=True)])
for diff in s2.compare_to(s1, 'filename'):
    print(diff, repr(diff))
print(len(s1.traces), repr(s1.traces), s1.traces[0], repr(s1.traces[3]), s1.traces[0].domain, s1.traces[0].size)
print([t.size for t in s1.filter_traces([Filter(True, 'b.py')]).traces])
print([t.size for t in s1.filter_traces([Filter(False, 'a.py')]).traces])
print([t.size for t in s1.filter_traces([Filter(True, 'a.py', all_frames=True)]).traces])
print([t.size for t in s1.filter_traces([Filter(True, '*.py', lineno=3)]).traces])
print([t.size for t in s1.filter_traces([Filter(True, 'lib/c.py')]).traces])
print([t.size for t in s1.filter_traces([DomainFilter(False, 1), Filter(True, '*', domain=0)]).traces])
print([t.size for t in s1.filter_traces([]).traces], Filter(True, 'x.pyc').filename_pattern, DomainFilter(True, 3).domain)
for bad in [lambda: s1.filter_traces(3), lambda: s1.statistics('bogus'), lambda: s1.statistics('traceback', True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
tb = Traceback((('x.py', 1), ('y.py', 2)), 5)
print(repr(tb), str(tb), len(tb), tb[0], tb[-1], tb[:1], Frame(('x.py', 1)) in tb, tb.total_nframe)
print(tb.format(), tb.format(limit=1), tb.format(most_recent_first=True), tb.format(limit=-1))
f = Frame(('x.py', 7))
print(f, repr(f), f.filename, f.lineno, f == Frame(('x.py', 7)), f < Frame(('y.py', 1)), hash(f) == hash(Frame(('x.py', 7))))
print(Statistic(tb, 10, 0), Statistic(tb, 1, 1) == Statistic(tb, 1, 1))
for size in [0, 5, 9999, 10240, 99 * 1024, 100 * 1024, 5 * 1024 ** 3, 2 ** 60]:
    print(tracemalloc._format_size(size, False), tracemalloc._format_size(-size, True))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'snap')
    s1.dump(path)
    back = Snapshot.load(path)
    print(back.traceback_limit, len(back.traces), back.traces == s1.traces)
