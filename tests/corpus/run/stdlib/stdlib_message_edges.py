# Messages of functools.reduce/partial, itertools.zip_longest, random.randrange with floats,
# re's groupindex and dataclasses' Field repr.
import dataclasses
import functools
import itertools
import operator
import random
import re
import warnings


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: functools.reduce(operator.add, 5))
show(lambda: functools.reduce(operator.add))
show(lambda: functools.reduce(operator.add, [], 0, 1))
show(lambda: functools.reduce(operator.add, []))
show(lambda: functools.reduce(operator.add, [1, 2], 10))
show(lambda: functools.partial())
show(lambda: functools.partial(5))
show(lambda: functools.partial(func=len))
show(lambda: list(itertools.zip_longest('a', x=1)))
show(lambda: list(itertools.zip_longest('ab', 'c', fillvalue='-')))
r = random.Random(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show(lambda: r.randrange(1.5))
    show(lambda: r.randrange(10.0))
    show(lambda: r.randrange(0, 10.5))
    show(lambda: r.randrange(0, 10, 2.5))
for w in caught:
    print(w.category.__name__, w.message)
p = re.compile(r'(?P<a>x)(?P<b>y)')
show(lambda: p.groupindex)
show(lambda: type(p.groupindex).__name__)
show(lambda: p.groupindex.__setitem__('c', 3))


@dataclasses.dataclass
class P:
    x: int


field = dataclasses.fields(P)[0]
print(repr(field).split(',default=')[0])
print(repr(field).split('metadata=')[1])
print(repr(dataclasses.MISSING).split(' object at ')[0])
