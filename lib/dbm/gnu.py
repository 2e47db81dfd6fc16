"""dbm.gnu: Sharpy has no GNU dbm library; importing fails as on a CPython built without it."""
from _gdbm import *
