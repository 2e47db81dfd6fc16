"""dbm.ndbm: Sharpy has no ndbm library; importing fails as on a CPython built without it."""
from _dbm import *
