"""Deprecated alias of the regular-expression engine constants (CPython 3.11 keeps it with a warning)."""

import warnings
warnings.warn(f"module {__name__!r} is deprecated", DeprecationWarning, stacklevel=2)

from _sre_constants import *
from _sre_constants import _NamedIntConstant, _makecodes
