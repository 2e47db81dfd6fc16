# sched: a scheduler driven by a fake clock, priorities, cancel, non-blocking runs.
import sched

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(delay):
    log.append('sleep %.1f' % delay)
    clock[0] += delay


def act(name, *args, **kwargs):
    log.append('%s at %.1f %s %s' % (name, clock[0], args, kwargs))


s = sched.scheduler(now, sleep)
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'k': 'v'})
e4 = s.enterabs(3, 1, act, argument=('abs',))
e5 = s.enter(4, 1, act, ('cancelled',))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e3.action is act)
print([e.argument[0] for e in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.empty(), len(s.queue))
print(s.run(blocking=False))
clock[0] = 2.5
print(s.run(blocking=False))
print(log)
log.clear()
s.run()
print(log)
print(s.empty(), s.run(blocking=False))


def chain(n):
    log.append('chain %d at %.1f' % (n, clock[0]))
    if n:
        s.enter(1, 0, chain, (n - 1,))


log.clear()
s.enter(0, 0, chain, (3,))
s.run()
print(log)
print(sched.Event._fields, isinstance(e1, tuple), e1 < e2)
