# timeit: Timer with string and callable statements, repeat, autorange, globals and errors.
import timeit

t = timeit.Timer('x = sum(range(10))')
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
print(len(timeit.repeat('a * 2', setup='a = 3', repeat=3, number=10)))
calls = []


def f():
    calls.append(1)


print(timeit.timeit(f, number=5) >= 0, len(calls), timeit.default_timer is __import__('time').perf_counter)
n, taken = timeit.Timer('pass').autorange()
print(n >= 1, taken >= 0.2)
seen = []
timeit.Timer(lambda: None).autorange(lambda number, time_taken: seen.append(number))
print(seen[:3])
print(timeit.timeit('y * 2', globals={'y': 5}, number=3) >= 0)
print(timeit.Timer('for i in range(3):\n    pass', 'import os\nz = 1').timeit(2) >= 0)
print(timeit.Timer(stmt=f, setup=lambda: calls.clear()).timeit(3) >= 0, len(calls))
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    timeit.Timer('return 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
for bad in (5, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('pass', setup=3)
except ValueError as e:
    print('ValueError', e)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
counter = [0]


def fake_timer():
    counter[0] += 1
    return counter[0] * 0.5


print(timeit.Timer('pass', timer=fake_timer).repeat(repeat=2, number=7))
