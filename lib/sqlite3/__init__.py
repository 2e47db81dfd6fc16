"""sqlite3: the DB-API 2.0 interface for SQLite databases (Sharpy's implementation, see dbapi2)."""

from sqlite3.dbapi2 import *

# The constants submodule is an implementation detail: keep dir(sqlite3) as CPython's.
globals().pop('_constants', None)
