# The objects the site module adds to builtins, and module reprs.
import sys, types, io
print(repr(exit), repr(quit))
print(type(exit).__name__, type(exit).__module__, type(copyright).__name__, type(help).__name__)
print(repr(credits))
print(repr(help))
print(types.ModuleType('foo'))
m = types.ModuleType('bar'); m.__file__ = '/x/bar.py'; print(m)
m.__loader__ = 'LOADER'; del m.__file__; print(m)
print(sys.modules['sys'], sys.modules['builtins'])
print(io.open_code(__file__).read(10))
try:
    exit(7)
except SystemExit as e:
    print('SystemExit', e.code, sys.stdin.closed)
quit('bye')
