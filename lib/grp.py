"""The group database (/etc/group): getgrgid, getgrnam, getgrall.

Entries come from /etc/group (the default NSS source); gr_mem lists the
members named in the file.
"""

import _posixdb

struct_group = _posixdb.struct_type(
    "grp", "struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
    "grp.struct_group: Results from getgr*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
    "or via the object attributes as named in the above tuple.\n")


def _entries():
    for name, password, gid, members in _posixdb.read_entries("/etc/group", 4):
        gid = _posixdb.as_number(gid)
        if gid is not None:
            yield struct_group((name, password, gid, [m for m in members.split(",") if m]))


def getgrgid(id):
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    wanted = _posixdb.id_argument(id, "gid")
    if wanted is None:
        # CPython 3.11 reports every too-large gid that fits a C long as "less than minimum".
        raise OverflowError("gid is greater than maximum" if id >= 2**63 else "gid is less than minimum")
    for entry in _entries():
        if entry.gr_gid == wanted:
            return entry
    raise KeyError(f"getgrgid(): gid not found: {wanted}")


def getgrnam(name):
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    wanted = _posixdb.name_argument(name, "getgrnam() argument 'name' must be str, not ")
    for entry in _entries():
        if entry.gr_name == wanted:
            return entry
    raise KeyError(f"getgrnam(): name not found: {wanted!r}")


def getgrall():
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    return list(_entries())


# CPython runs this module as C code (Modules/grpmodule.c): its frames add no traceback entries
# (Interpreter/NativeStandIns.cs).
import _sharpy_traceback  # noqa: E402
_sharpy_traceback.native_stand_in(globals())
del _sharpy_traceback
