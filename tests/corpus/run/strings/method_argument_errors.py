# Argument-count messages differ by how CPython parses them: PyArg_ParseTuple for the str find family,
# argument clinic elsewhere; three-argument pow with a complex is "complex modulo".
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for name in ('count', 'find', 'rfind', 'index', 'rindex', 'startswith', 'endswith'):
    t(name, lambda: getattr('abc', name)())
    t(name, lambda: getattr('abc', name)('a', 0, 3, 4))
t('list.index', lambda: [1].index())
t('split', lambda: 'a b'.split(' ', 1, 2))
t('pow1', lambda: pow(1j, 2, 3))
t('pow2', lambda: pow(2, 1j, 3))
t('pow3', lambda: pow(2, 3, 1j))
t('pow4', lambda: pow(2.0, 3, 5))
import math
t('sum', lambda: sum())
t('sum start', lambda: sum(start=1))
t('prod', lambda: math.prod())
t('exec', lambda: exec())
t('split kw', lambda: 'a b'.split(' ', 1, maxsplit=2))
t('encode int', lambda: 'a'.encode(1))
t('encode None', lambda: 'a'.encode(None))
t('encode errors', lambda: 'a'.encode('utf-8', None))
t('encode ok', lambda: 'é'.encode(encoding='latin-1', errors='strict'))
t('complex str imag', lambda: complex(1, 'x'))
t('complex list imag', lambda: complex(1, [1]))
t('complex str str', lambda: complex('1', '1'))
t('complex list', lambda: complex([]))
