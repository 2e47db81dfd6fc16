"""DB-API 2.0 interface to SQLite (Sharpy: CPython 3.11's sqlite3 API over the native _sqlite3 module).

The native module only wraps the SQLite C API (open/prepare/bind/step/column/finalize and the
user-function callbacks); connections, cursors, rows, adapters and converters live here. The
public classes are made to look native (see _native): CPython's are C types, so their frames never
show in a traceback, and neither do this file's.
"""

import collections.abc
import datetime
import time
import _thread
from _thread import get_ident as _get_ident
import _weakref
import gc as _gc
import _sqlite3 as _n
from sqlite3 import _constants

_n.hide_prefix(__file__.rpartition('/')[0] + '/')

paramstyle = "qmark"
threadsafety = {0: 0, 1: 3, 2: 1}.get(_n.threadsafe, 0)
apilevel = "2.0"
version = "2.6.0"
version_info = tuple(map(int, version.split(".")))
sqlite_version = _n.sqlite_version
sqlite_version_info = tuple(map(int, sqlite_version.split(".")))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

globals().update(_constants.CONSTANTS)
_OK, _ROW, _DONE = 0, 100, 101

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


# ---------------------------------------------------------------- exceptions

class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class InternalError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class DataError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, InternalError, OperationalError,
             ProgrammingError, IntegrityError, DataError, NotSupportedError):
    _cls.__module__ = 'sqlite3'
_n.ProgrammingError = ProgrammingError

# CPython 3.11: Modules/_sqlite/util.c get_exception_class
_ERROR_CLASSES = {
    2: InternalError, 12: InternalError,                                   # INTERNAL, NOTFOUND
    1: OperationalError, 3: OperationalError, 4: OperationalError, 5: OperationalError,
    6: OperationalError, 8: OperationalError, 9: OperationalError, 10: OperationalError,
    13: OperationalError, 14: OperationalError, 15: OperationalError, 16: OperationalError,
    17: OperationalError,
    11: DatabaseError,                                                     # CORRUPT
    18: DataError,                                                         # TOOBIG
    19: IntegrityError, 20: IntegrityError,                                # CONSTRAINT, MISMATCH
    21: InterfaceError, 25: InterfaceError,                                # MISUSE, RANGE
}


def _make_error(code, message):
    primary = code & 0xff
    if primary == 7:
        return MemoryError()
    exc = _ERROR_CLASSES.get(primary, DatabaseError)(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _constants.ERROR_NAMES.get(code, "SQLITE_UNKNOWN")
    return exc


def _db_error(db):
    return _make_error(_n.errcode(db), _n.errmsg(db))


def _native(cls):
    """Replace the class's functions and properties by native wrappers that hide this file's frames."""
    for name, value in list(cls.__dict__.items()):
        if type(value) is type(_native):
            setattr(cls, name, _n.api_method(cls, name, value))
        elif isinstance(value, property):
            fget = _n.api_function(value.fget, name) if value.fget is not None else None
            fset = _n.api_function(value.fset, name) if value.fset is not None else None
            setattr(cls, name, property(fget, fset))
    cls.__module__ = 'sqlite3'
    return cls


def _api(func):
    f = _n.api_function(func, func.__name__, 'sqlite3')
    return f


# ---------------------------------------------------------------- adapters and converters

class PrepareProtocol:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("PrepareProtocol() takes no arguments")


PrepareProtocol = _native(PrepareProtocol)

adapters = {}
converters = {}
_base_type_adapted = False
_NO_ALT = object()


@_api
def register_adapter(type, adapter, /):
    global _base_type_adapted
    if type is int or type is float or type is str or type is bytearray:
        _base_type_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


@_api
def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {_type_name(typename)}")
    converters[typename.upper()] = converter


def _type_name(obj):
    return 'None' if obj is None else type(obj).__name__


# CPython 3.11: Modules/_sqlite/microprotocols.c pysqlite_microprotocols_adapt
def _adapt(obj, proto=PrepareProtocol, alt=_NO_ALT):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    adapt_hook = getattr(proto, '__adapt__', None)
    if adapt_hook is not None:
        failed = False
        try:
            adapted = adapt_hook(obj)
        except TypeError:
            failed = True
        if not failed and adapted is not None:
            return adapted
    conform = getattr(obj, '__conform__', None)
    if conform is not None:
        failed = False
        try:
            adapted = conform(proto)
        except TypeError:
            failed = True
        if not failed and adapted is not None:
            return adapted
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


@_api
def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT, /):
    return _adapt(obj, proto, alt)


@_api
def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {_type_name(statement)}")
    return _n.complete(statement)


@_api
def enable_callback_tracebacks(enable, /):
    _n.enable_callback_tracebacks(bool(enable))


@_api
def enable_shared_cache(do_enable):
    import warnings
    warnings.warn("enable_shared_cache is deprecated and will be removed in Python 3.12. Shared cache is "
                  "strongly discouraged by the SQLite 3 documentation. If shared cache must be used, open "
                  "the database in URI mode usingthe cache=shared query parameter.", DeprecationWarning, 2)


def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(" ")


def _convert_date(val):
    return datetime.date(*map(int, val.split(b"-")))


def _convert_timestamp(val):
    datepart, timepart = val.split(b" ")
    year, month, day = map(int, datepart.split(b"-"))
    parts = timepart.split(b".")
    hours, minutes, seconds = map(int, parts[0].split(b":"))
    micro = 0
    if len(parts) == 2:
        micro = int(parts[1].decode()[:6].ljust(6, "0"))
    return datetime.datetime(year, month, day, hours, minutes, seconds, micro)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)
_base_type_adapted = False


# ---------------------------------------------------------------- SQL text helpers

def _lstrip_sql(sql):
    """What follows leading whitespace and comments (CPython 3.11 statement.c lstrip_sql)."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\f\n\r':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            if j < 0:
                return ''
            i = j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            if j < 0:
                return ''
            i = j + 2
        else:
            return sql[i:]
    return ''


def _is_dml(sql):
    s = sql.lstrip(' \t\n\r')[:7].lower()
    return s.startswith(('insert', 'update', 'delete', 'replace'))


class _Statement:
    __slots__ = ('handle', 'is_dml', 'in_use', 'cached', 'readonly', 'owner', 'ncols')

    def __init__(self, handle, is_dml):
        self.owner = None
        self.ncols = 0 if handle is None else _n.column_count(handle)
        self.handle = handle
        self.is_dml = is_dml
        self.in_use = False
        self.cached = False
        self.readonly = handle is None or _n.readonly(handle)

    def reset(self):
        if self.handle is not None and _n.is_live(self.handle):
            _n.reset(self.handle)
        self.in_use = False

    def release(self):
        """The cursor is done with the statement: finalize it unless the cache keeps it."""
        self.reset()
        if not self.cached and self.handle is not None:
            _n.finalize(self.handle)


# ---------------------------------------------------------------- Connection

_ISOLATION_LEVELS = ("DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _begin_statement(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if level == "":
        return "BEGIN "
    if level.upper() not in _ISOLATION_LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
    return "BEGIN " + level


class Connection:
    _db = None
    _initialized = False

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        path = _fspath(database)
        begin = _begin_statement(isolation_level)
        detect_types = _as_int(detect_types)
        flags = 0x2 | 0x4 | (0x40 if uri else 0)
        handle, rc, message = _n.open(path, flags, int(float(timeout) * 1000))
        if handle is None:
            raise _make_error(rc, message)
        if self._db is not None and _n.is_open(self._db):
            _n.close(self._db)
        self._db = handle
        self._begin = begin
        self._isolation_level = isolation_level
        self._detect_types = detect_types
        self._check_same_thread = bool(check_same_thread)
        self._thread_ident = _thread.get_ident()
        self._cache = {}
        self._live = []
        self._blobs = []
        self._cache_size = _as_int(cached_statements)
        self.row_factory = None
        self.text_factory = str
        self._initialized = True

    # -- checks (CPython 3.11: connection.c pysqlite_check_thread, pysqlite_check_connection)
    def _check_thread(self):
        if self._check_same_thread and _thread.get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._thread_ident} and this is "
                f"thread id {_thread.get_ident()}.")

    def _check(self):
        if not self._initialized:
            raise ProgrammingError("Base Connection.__init__ not called.")
        self._check_thread()
        if not _n.is_open(self._db):
            raise ProgrammingError("Cannot operate on a closed database.")
        return self._db

    # -- statements
    def _prepare(self, sql):
        db = self._db
        if '\0' in sql:
            raise ProgrammingError("the query contains a null character")
        handle, rc, tail = _n.prepare(db, sql)
        if rc != _OK:
            raise _db_error(db)
        if tail and _lstrip_sql(tail):
            if handle is not None:
                _n.finalize(handle)
            raise ProgrammingError("You can only execute one statement at a time.")
        return _Statement(handle, _is_dml(sql))

    def _statement(self, sql):
        cache = self._cache
        st = cache.pop(sql, None)
        if st is not None and (st.handle is None or _n.is_live(st.handle)):
            cache[sql] = st
        else:
            st = self._prepare(sql)
            if self._cache_size > 0:
                st.cached = True
                cache[sql] = st
                if len(cache) > self._cache_size:
                    oldest = next(iter(cache))
                    old = cache.pop(oldest)
                    old.cached = False
                    if not old.in_use and old.handle is not None:
                        _n.finalize(old.handle)
        if st.in_use:
            if st.owner is not None and st.owner() is None:
                st.reset()      # its cursor is gone (CPython would have reset it on deallocation)
            else:
                st = self._prepare(sql)
        return st

    def _reclaim(self):
        """Reset statements whose cursors were dropped while rows were pending; True if any.

        Without reference counting a forgotten cursor keeps its statement active, which makes
        SQLite refuse e.g. DROP TABLE ("database table is locked"); CPython resets it at once.
        """
        _gc.collect()
        found = False
        live = []
        for st in self._live:
            if not st.in_use:
                continue
            if st.owner is not None and st.owner() is None:
                st.release()
                found = True
            else:
                live.append(st)
        self._live = live
        return found

    def _run_simple(self, sql):
        db = self._db
        handle, rc, tail = _n.prepare(db, sql)
        if rc != _OK:
            raise _db_error(db)
        rc = _n.step(handle)
        error = _db_error(db) if rc != _DONE else None
        rc = _n.finalize(handle)
        if error is None and rc != _OK:
            error = _db_error(db)
        if error is not None:
            raise error

    def _begin_transaction(self):
        self._run_simple(self._begin)

    # -- public API
    def cursor(self, factory=None):
        self._check()
        cursor = Cursor(self) if factory is None else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError(f"factory must return a cursor, not {_type_name(cursor)}")
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=_NO_ALT, /):
        cursor = self.cursor()
        if parameters is _NO_ALT:
            return cursor.execute(sql)
        return cursor.execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        db = self._check()
        if not _n.autocommit(db):
            self._run_simple("COMMIT")

    def rollback(self):
        db = self._check()
        if not _n.autocommit(db):
            self._run_simple("ROLLBACK")

    def close(self):
        self._check_thread()
        if not self._initialized:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._db is not None:
            self._cache = {}
            for ref in self._blobs:
                blob = ref()
                if blob is not None and blob._handle is not None:
                    _n.blob_close(blob._handle)
                    blob._handle = None
            self._blobs = []
            _n.close(self._db)

    def interrupt(self):
        _n.interrupt(self._check())

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, traceback, /):
        if exc_type is None and exc_value is None and traceback is None:
            try:
                self.commit()
            except BaseException as exc:
                commit_error = exc
            else:
                return False
            try:
                self.rollback()
            except BaseException:
                pass
            raise commit_error
        self.rollback()
        return False

    @property
    def isolation_level(self):
        self._check()
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        db = self._check()
        if value is None:
            if not _n.autocommit(db):
                _n.exec(db, "COMMIT")
            self._begin = None
        else:
            self._begin = _begin_statement(value)
        self._isolation_level = value

    @property
    def in_transaction(self):
        return not _n.autocommit(self._check())

    @property
    def total_changes(self):
        return _n.total_changes(self._check())

    def create_function(self, name, narg, func, *, deterministic=False):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {_type_name(name)}")
        rc = _n.create_function(db, name, _as_int(narg), 0x800 if deterministic else 0, func)
        if rc != _OK:
            raise OperationalError("Error creating function")

    def create_aggregate(self, name, n_arg, aggregate_class):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_aggregate() argument 'name' must be str, not {_type_name(name)}")
        rc = _n.create_aggregate(db, name, _as_int(n_arg), 0, aggregate_class)
        if rc != _OK:
            raise OperationalError("Error creating aggregate")

    def create_collation(self, name, callback, /):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_collation() argument 1 must be str, not {_type_name(name)}")
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        rc = _n.create_collation(db, name, callback)
        if rc != _OK:
            raise _db_error(db)

    def getlimit(self, category, /):
        return self.setlimit(category, -1)

    def setlimit(self, category, limit, /):
        db = self._check()
        old = _n.limit(db, _as_int(category), _as_int(limit))
        if old < 0:
            raise ProgrammingError("'category' is out of bounds")
        return old

    def iterdump(self):
        self._check()
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def set_trace_callback(self, trace_callback):
        _n.set_trace(self._check(), trace_callback)

    def set_authorizer(self, authorizer_callback):
        _n.set_authorizer(self._check(), authorizer_callback)

    def set_progress_handler(self, progress_handler, n):
        _n.set_progress_handler(self._check(), progress_handler, _as_int(n))

    # CPython 3.11: connection.c pysqlite_connection_backup_impl
    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        db = self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {_type_name(target)}")
        target_db = target._check()
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        if not _n.autocommit(target_db):
            raise OperationalError("target is in transaction")
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        pages = _as_int(pages)
        if pages == 0:
            pages = -1
        backup = _n.backup_init(target_db, "main", db, name)
        if backup is None:
            raise _db_error(target_db)
        while True:
            rc, remaining, pagecount = _n.backup_step(backup, pages)
            if progress is not None:
                failed = True
                try:
                    progress(rc, remaining, pagecount)
                    failed = False
                finally:
                    if failed:
                        _n.backup_finish(backup)
            if rc in (5, 6):
                time.sleep(sleep)
            if rc not in (0, 5, 6):
                break
        if _n.backup_finish(backup) != _OK:
            raise _db_error(target_db)

    def __call__(self, sql, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("argument must be str")
        return self._prepare(sql)


Connection = _native(Connection)
for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
             InternalError, ProgrammingError, NotSupportedError):
    # Read-only members in CPython: the class attribute is a descriptor, instances see the class.
    setattr(Connection, _cls.__name__, property(_n.api_function(lambda self, _c=_cls: _c, _cls.__name__)))


def _fspath(database):
    if isinstance(database, str):
        return database
    if isinstance(database, bytes):
        return database.decode('utf-8', 'surrogateescape')
    fspath = getattr(type(database), '__fspath__', None)
    if fspath is not None:
        return _fspath(fspath(database))
    raise TypeError(f"expected str, bytes or os.PathLike object, not {_type_name(database)}")


def _as_int(value):
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


# ---------------------------------------------------------------- Cursor

class Cursor:
    _initialized = False

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {_type_name(connection)}")
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self._description = None
        self._rowcount = -1
        self._lastrowid = None
        self._stmt = None
        self._closed = False
        self._locked = False
        self._casts = None
        self._initialized = True

    # CPython 3.11: cursor.c check_cursor
    def _check(self):
        if not self._initialized:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        return self._connection._check()

    @property
    def connection(self):
        return self._connection

    @property
    def description(self):
        return self._description

    @property
    def rowcount(self):
        return self._rowcount

    @property
    def lastrowid(self):
        return self._lastrowid

    def _drop_statement(self):
        st = self._stmt
        if st is not None:
            self._stmt = None
            st.release()

    # CPython 3.11: cursor.c _pysqlite_query_execute
    def _execute(self, sql, params_iter, many):
        self._check()
        con = self._connection
        db = con._db
        self._locked = True
        failed = True
        try:
            self._drop_statement()
            self._description = None
            self._rowcount = 0
            st = con._statement(sql)
            st.owner = _weakref.ref(self)
            con._live.append(st)
            if len(con._live) > 256:
                con._live = [x for x in con._live if x.in_use]
            self._stmt = st
            if many and st.readonly:
                raise ProgrammingError("executemany() can only execute DML statements.")
            st.reset()
            self._rowcount = 0 if st.is_dml else -1
            if con._begin is not None and st.is_dml and _n.autocommit(db):
                con._begin_transaction()
            handle = st.handle
            if many and handle is not None and st.ncols == 0 and not _base_type_adapted:
                self._run_many(st, handle, db, params_iter)
            else:
                for params in params_iter:
                    self._run_one(st, handle, db, params)
            if not many:
                self._lastrowid = _n.last_insert_rowid(db)
            else:
                self._drop_statement()      # rows of executemany(... RETURNING ...) are discarded
            failed = False
        finally:
            self._locked = False
            if failed:
                self._drop_statement()
                self._rowcount = -1
        if self._stmt is not None and (self._stmt.handle is None or not _n.busy(self._stmt.handle)):
            self._drop_statement()
        return self

    def _run_one(self, st, handle, db, params):
        st.in_use = True
        if handle is None:
            return
        if _base_type_adapted or _n.bind_simple(handle, params) != 0:
            self._bind(handle, params)
        self._after_step(st, handle, db, _n.step(handle))

    def _run_many(self, st, handle, db, params_iter):
        """executemany of a statement without result columns: the native loop binds and steps the
        parameter sets it can, and hands back the ones that need adaptation or report an error."""
        st.in_use = True
        while True:
            status, payload, changes = _n.run_many(handle, params_iter, st.is_dml)
            self._rowcount += changes
            if status == 0:
                st.in_use = False
                return
            if status == 1:
                self._run_one(st, handle, db, payload)
            else:
                self._after_step(st, handle, db, payload if status == 2 else _ROW)
            st.in_use = True

    def _after_step(self, st, handle, db, rc):
        con = self._connection
        if rc != _ROW and rc != _DONE and _n.errcode(db) & 0xff == 6 and con._reclaim():
            _n.reset(handle)
            rc = _n.step(handle)
        if rc != _ROW and rc != _DONE:
            error = _db_error(db)
            _n.reset(handle)
            raise error
        if con._detect_types:
            self._build_casts(handle)
        else:
            self._casts = None
        if self._description is None:
            ncols = st.ncols
            if ncols:
                self._description = tuple((self._column_name(_n.column_name(handle, i)),
                                           None, None, None, None, None, None)
                                          for i in range(ncols))
        if rc == _DONE:
            if st.is_dml:
                self._rowcount += _n.changes(db)
            _n.reset(handle)
            st.in_use = False

    def execute(self, sql, parameters=(), /):
        if not isinstance(sql, str):
            raise TypeError(f"execute() argument 1 must be str, not {_type_name(sql)}")
        return self._execute(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError(f"executemany() argument 1 must be str, not {_type_name(sql)}")
        self._check()
        return self._execute(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument must be str, not {_type_name(sql_script)}")
        db = self._check()
        if '\0' in sql_script:
            raise ValueError("embedded null character")
        if not _n.autocommit(db):
            if _n.exec(db, "COMMIT") != _OK:
                raise _db_error(db)
        rest = sql_script
        while True:
            handle, rc, rest = _n.prepare(db, rest)
            if rc == _OK and handle is not None:
                rc = _n.step(handle)
                while rc == _ROW:
                    rc = _n.step(handle)
                error = _db_error(db) if rc != _DONE else None
                rc = _n.finalize(handle)
                if error is not None:
                    raise error
            if rc != _OK:
                raise _db_error(db)
            if not rest:
                break
        return self

    # CPython 3.11: cursor.c bind_parameters
    def _bind(self, handle, params):
        needed = _n.bind_count(handle)
        if type(params) is tuple or type(params) is list or (
                not isinstance(params, dict) and isinstance(params, collections.abc.Sequence)):
            supplied = len(params)
            if supplied != needed:
                raise ProgrammingError(
                    f"Incorrect number of bindings supplied. The current statement uses {needed}, "
                    f"and there are {supplied} supplied.")
            for i in range(needed):
                self._bind_one(handle, i + 1, params[i], i + 1)
        elif isinstance(params, dict):
            exact = type(params) is dict
            for i in range(1, needed + 1):
                name = _n.bind_name(handle, i)
                if name is None:
                    raise ProgrammingError(
                        f"Binding {i} has no name, but you supplied a dictionary (which has only names).")
                name = name[1:]
                if exact:
                    if name not in params:
                        raise ProgrammingError(f"You did not supply a value for binding parameter :{name}.")
                    value = params[name]
                else:
                    missing = False
                    try:
                        value = params[name]
                    except LookupError:
                        missing = True
                    if missing:
                        raise ProgrammingError(f"You did not supply a value for binding parameter :{name}.")
                self._bind_one(handle, i, value, i)
        else:
            raise ProgrammingError("parameters are of unsupported type")

    def _bind_one(self, handle, index, value, label):
        t = type(value)
        if _base_type_adapted or not (t is int or t is float or t is str or t is bytearray or value is None):
            value = _adapt(value, PrepareProtocol, value)
        if isinstance(value, memoryview):
            value = value.tobytes()
        rc = _n.bind(handle, index, value)
        if rc == -1:
            raise ProgrammingError(f"Error binding parameter {label}: type '{_type_name(value)}' is not supported")
        if rc != _OK:
            raise _db_error(self._connection._db)

    def _column_name(self, name):
        if self._connection._detect_types & PARSE_COLNAMES:
            pos = name.find('[')
            if pos >= 0:
                if pos > 0 and name[pos - 1] == ' ':
                    pos -= 1
                return name[:pos]
        return name

    # CPython 3.11: cursor.c pysqlite_build_row_cast_map
    def _build_casts(self, handle):
        detect = self._connection._detect_types
        self._casts = None
        if not detect:
            return
        casts = []
        found = False
        for i in range(_n.column_count(handle)):
            converter = None
            if detect & PARSE_COLNAMES:
                name = _n.column_name(handle, i)
                if name is not None:
                    start = name.find('[')
                    if start >= 0:
                        end = name.find(']', start + 1)
                        if end >= 0:
                            converter = converters.get(name[start + 1:end].upper())
            if converter is None and detect & PARSE_DECLTYPES:
                decl = _n.column_decltype(handle, i)
                if decl is not None:
                    cut = len(decl)
                    for j, ch in enumerate(decl):
                        if ch == ' ' or ch == '(':
                            cut = j
                            break
                    converter = converters.get(decl[:cut].upper())
            casts.append(converter)
            found = found or converter is not None
        if found:
            self._casts = casts

    def _fetch_row(self, handle):
        factory = self._connection.text_factory
        row = _n.row(handle, None if factory is str else factory)
        if row is None:
            raise self._decode_error(handle)
        casts = self._casts
        if casts is not None:
            values = list(row)
            for i, converter in enumerate(casts):
                if converter is not None:
                    raw = _n.column_raw(handle, i)
                    values[i] = None if raw is None else converter(raw)
            row = tuple(values)
        return row

    def _decode_error(self, handle):
        raw = _n.row(handle, bytes)
        for i, value in enumerate(raw):
            if isinstance(value, bytes):
                try:
                    value.decode('utf-8')
                except UnicodeDecodeError:
                    text = value.decode('utf-8', 'replace')
                    return OperationalError(
                        f"Could not decode to UTF-8 column '{_n.column_name(handle, i)}' with text '{text}'")
        return OperationalError("Could not decode to UTF-8")

    # CPython 3.11: cursor.c pysqlite_cursor_iternext (up to limit rows per call)
    def _fetch_rows(self, limit):
        # The checks of _check(), inlined: this runs once per fetched row.
        if self._closed or self._locked or not self._initialized:
            self._check()
        con = self._connection
        if (con._check_same_thread and _get_ident() != con._thread_ident) or not _n.is_open(con._db):
            con._check()
        st = self._stmt
        if st is None or limit <= 0:
            return []
        handle = st.handle
        self._locked = True
        try:
            if self._casts is None:
                factory = con.text_factory
                rows, rc = _n.fetch(handle, None if factory is str else factory, limit)
                if rc == -1:
                    raise self._decode_error(handle)
            else:
                rows = []
                while True:
                    rows.append(self._fetch_row(handle))
                    rc = _n.step(handle)
                    if rc != _ROW or len(rows) >= limit:
                        break
        finally:
            self._locked = False
        if rc == _DONE:
            if st.is_dml:
                self._rowcount = _n.changes(con._db)
            self._drop_statement()
        elif rc != _ROW:
            error = _db_error(con._db)
            self._drop_statement()
            raise error
        factory = self.row_factory
        if factory is not None:
            rows = [factory(self, row) for row in rows]
        return rows

    def __iter__(self):
        return self

    def __next__(self):
        rows = self._fetch_rows(1)
        if not rows:
            raise StopIteration
        return rows[0]

    def fetchone(self):
        rows = self._fetch_rows(1)
        return rows[0] if rows else None

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        return self._fetch_rows(_as_int(size))

    def fetchall(self):
        return self._fetch_rows(1 << 62)

    def close(self):
        if not self._initialized:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        con = self._connection
        con._check_thread()
        if not _n.is_open(con._db):
            raise ProgrammingError("Cannot operate on a closed database.")
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor = _native(Cursor)


# ---------------------------------------------------------------- Row

def _same_name(a, b):
    if a == b:
        return True
    if not (a.isascii() and b.isascii()):
        return False
    return a.lower() == b.lower()


class Row:
    __slots__ = ('_description', '_data')

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {_type_name(cursor)}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {_type_name(data)}")
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            for i, d in enumerate(self._description or ()):
                if _same_name(d[0], key):
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return [d[0] for d in self._description or ()]

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._description == other._description and self._data == other._data)

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row = _native(Row)
collections.abc.Sequence.register(Row)


# ---------------------------------------------------------------- Blob

class Blob:
    """Incremental I/O on one BLOB value (Connection.blobopen)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'sqlite3.Blob' instances")

    def _check(self):
        if self._handle is None:
            raise ProgrammingError("Cannot operate on a closed blob.")
        self._connection._check()
        return self._handle

    def _error(self, rc):
        return _db_error(self._connection._db)

    def close(self):
        self._connection._check()
        if self._handle is not None:
            _n.blob_close(self._handle)
            self._handle = None

    def __len__(self):
        return _n.blob_bytes(self._check())

    def tell(self):
        self._check()
        return self._offset

    def read(self, length=-1, /):
        handle = self._check()
        size = _n.blob_bytes(handle)
        length = _as_int(length)
        if length < 0 or length > size - self._offset:
            length = size - self._offset
        data = _n.blob_read(handle, max(length, 0), self._offset)
        if isinstance(data, int):
            raise self._error(data)
        self._offset += len(data)
        return data

    def write(self, data, /):
        handle = self._check()
        data = bytes(data)
        if len(data) > _n.blob_bytes(handle) - self._offset:
            raise ValueError("data longer than blob length")
        rc = _n.blob_write(handle, data, self._offset)
        if rc != _OK:
            raise self._error(rc)
        self._offset += len(data)

    def seek(self, offset, origin=0, /):
        handle = self._check()
        offset = _as_int(offset)
        size = _n.blob_bytes(handle)
        if origin == 0:
            target = offset
        elif origin == 1:
            target = self._offset + offset
        elif origin == 2:
            target = size + offset
        else:
            raise ValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
        if target < 0 or target > size:
            raise ValueError("offset out of blob range")
        self._offset = target

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def _bytes(self):
        handle = self._check()
        data = _n.blob_read(handle, _n.blob_bytes(handle), 0)
        if isinstance(data, int):
            raise self._error(data)
        return data

    def __getitem__(self, key):
        handle = self._check()
        if isinstance(key, slice):
            return self._bytes()[key]
        if not hasattr(type(key), '__index__'):
            raise TypeError("Blob indices must be integers")
        index = key.__index__()
        size = _n.blob_bytes(handle)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("Blob index out of range")
        return _n.blob_read(handle, 1, index)[0]

    def __setitem__(self, key, value):
        handle = self._check()
        size = _n.blob_bytes(handle)
        if isinstance(key, slice):
            data = bytes(value)
            start, stop, step = key.indices(size)
            positions = range(start, stop, step)
            if len(data) != len(positions):
                raise IndexError("Blob slice assignment is wrong size")
            if step == 1:
                rc = _n.blob_write(handle, data, start)
            else:
                current = bytearray(self._bytes())
                for pos, byte in zip(positions, data):
                    current[pos] = byte
                rc = _n.blob_write(handle, bytes(current), 0)
            if rc != _OK:
                raise self._error(rc)
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError("Blob indices must be integers")
        index = key.__index__()
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("Blob index out of range")
        byte = _as_int(value)
        if not 0 <= byte < 256:
            raise ValueError("byte must be in range(0, 256)")
        rc = _n.blob_write(handle, bytes((byte,)), index)
        if rc != _OK:
            raise self._error(rc)

    def __delitem__(self, key):
        raise TypeError("Blob doesn't support item deletion")


Blob = _native(Blob)
Blob.__hash__ = None


def _blobopen(self, table, column, row, /, *, readonly=False, name="main"):
    db = self._check()
    handle, rc = _n.blob_open(db, name, table, column, _as_int(row), bool(readonly))
    if handle is None:
        raise _db_error(db)
    blob = object.__new__(Blob)
    blob._connection = self
    blob._handle = handle
    blob._offset = 0
    self._blobs.append(_weakref.ref(blob))
    return blob


Connection.blobopen = _n.api_method(Connection, "blobopen", _blobopen)


# ---------------------------------------------------------------- connect

def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout=timeout, detect_types=detect_types, isolation_level=isolation_level,
                   check_same_thread=check_same_thread, cached_statements=cached_statements, uri=uri)


connect = _api(connect)
