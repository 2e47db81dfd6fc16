# The interpreter's printer places the operator anchor after a closing parenthesis on the
# operator itself (both characters of '//'), unlike traceback.py's formatting.
import traceback


def ratio(a, b, c):
    return (a + b) // c


try:
    ratio(1, 2, "x")
except TypeError:
    traceback.print_exc()
print("now uncaught")
ratio(1j, 2, 3)
