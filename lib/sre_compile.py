"""Deprecated regular-expression compiler module: compile() hands patterns to re."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

import re as _re
from _sre_constants import *

# Largest code word of CPython's engine (32-bit codes).
MAXCODE = (1 << 32) - 1


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """A compiled pattern object for the pattern string `p`."""
    return _re.compile(p, flags)
