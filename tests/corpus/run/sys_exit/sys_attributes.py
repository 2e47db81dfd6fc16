# sys attributes that are equal between CPython 3.11 and Sharpy.
import sys
print(sys.argv, len(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))
print(type(sys.version_info).__name__, sys.version_info[0] == 3)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.byteorder, sys.implementation.name in ("cpython", "sharpy"))
print(sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.stdout.encoding, sys.flags.optimize)
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exception(), sys.exc_info()[0])
print(callable(sys.exit), callable(sys.getsizeof), sys.platform in ("linux", "darwin", "win32"))
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
