# CPython's os is a frozen module: the frame reads "<frozen os>" with CPython's line and no source text.
import os

os.environ.pop('SHARPY_SURELY_UNSET', None)


def lookup():
    return os.environ['SHARPY_SURELY_UNSET']


lookup()
