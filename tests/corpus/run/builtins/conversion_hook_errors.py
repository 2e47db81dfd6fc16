# Results of conversion hooks are checked, with CPython's messages.
import warnings


class Rep:
    def __repr__(self):
        return 42

for convert in [str, repr, lambda o: f'{o}', lambda o: '%s' % o, format]:
    try:
        convert(Rep())
    except TypeError as e:
        print(e)


class IntComplex:
    def __complex__(self):
        return 1

class GoodComplex:
    def __complex__(self):
        return 1.5 - 2j

try:
    complex(IntComplex())
except TypeError as e:
    print(e)
print(complex(GoodComplex()), complex(GoodComplex(), 1))


class Trunc:
    def __init__(self, result):
        self.result = result
    def __trunc__(self):
        return self.result

class Indexable:
    def __index__(self):
        return 7

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(int(Trunc(3)), int(Trunc(Indexable())))
    try:
        int(Trunc(2.5))
    except TypeError as e:
        print(e)
print([str(w.message) for w in caught], {w.category.__name__ for w in caught})
