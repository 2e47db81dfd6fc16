"""The password database (/etc/passwd): getpwuid, getpwnam, getpwall.

Entries come from /etc/passwd, which is what the C library's default NSS
configuration reads; other NSS sources (LDAP, systemd-userdb) are not consulted.
"""

import _posixdb

struct_passwd = _posixdb.struct_type(
    "pwd", "struct_passwd",
    ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
    "pwd.struct_passwd: Results from getpw*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
    "or via the object attributes as named in the above tuple.")


def _entries():
    for name, password, uid, gid, gecos, home, shell in _posixdb.read_entries("/etc/passwd", 7):
        uid, gid = _posixdb.as_number(uid), _posixdb.as_number(gid)
        if uid is not None and gid is not None:
            yield struct_passwd((name, password, uid, gid, gecos, home, shell))


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    wanted = _posixdb.id_argument(uid, "uid")
    if wanted is None:
        raise KeyError("getpwuid(): uid not found")
    for entry in _entries():
        if entry.pw_uid == wanted:
            return entry
    raise KeyError(f"getpwuid(): uid not found: {wanted}")


def getpwnam(name, /):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    wanted = _posixdb.name_argument(name, "getpwnam() argument must be str, not ")
    for entry in _entries():
        if entry.pw_name == wanted:
            return entry
    raise KeyError(f"getpwnam(): name not found: {wanted!r}")


def getpwall():
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    return list(_entries())


# CPython runs this module as C code (Modules/pwdmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
