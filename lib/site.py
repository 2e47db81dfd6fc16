"""Site-specific configuration: the site-packages directories and .pth files.

CPython imports this module at start-up; Sharpy starts without it (quit,
exit, help, copyright, credits and license are native builtins), so the
site-packages work happens when a program imports it. As with CPython, that
is skipped under -S (sys.flags.no_site), and the user directory is skipped
under -s/-I (sys.flags.no_user_site).

Directory layout, as CPython's on POSIX:
    PREFIX/lib/python3.11/site-packages              (getsitepackages)
    ~/.local/lib/python3.11/site-packages            (getusersitepackages; PYTHONUSERBASE overrides ~/.local)
"""

import os
import sys

# The installation prefixes whose site-packages are searched.
PREFIXES = [sys.prefix, sys.exec_prefix]
# True: the user's site-packages is used; False: disabled by -s/-I; None: disabled
# because the process runs with another effective uid/gid (set by main()).
ENABLE_USER_SITE = None
# Computed on first use by getuserbase()/getusersitepackages().
USER_SITE = None
USER_BASE = None


def _trace(message):
    if sys.flags.verbose:  # frozen-line: 92
        print(message, file=sys.stderr)  # frozen-line: 93


def makepath(*paths):
    """(absolute path, its case-normalised form used to detect duplicates)."""
    path = os.path.join(*paths)
    try:
        path = os.path.abspath(path)
    except OSError:
        pass  # frozen-line: 101
    return path, os.path.normcase(path)


def abs_paths():
    """Make __file__ and __cached__ of modules loaded from files absolute."""
    for module in set(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        if spec is None or getattr(spec, "origin", None) in (None, "built-in", "frozen"):
            continue  # frozen-line: 117
        for attr in ("__file__", "__cached__"):
            try:
                setattr(module, attr, os.path.abspath(getattr(module, attr)))
            except (AttributeError, OSError, TypeError):
                pass


def removeduppaths():
    """Make sys.path entries absolute and drop repeated ones; returns the set of
    entries (case-normalised) now on sys.path."""
    kept = []
    known = set()
    for entry in sys.path:
        path, key = makepath(entry)
        if key not in known:
            kept.append(path)
            known.add(key)
    sys.path[:] = kept
    return known


def _init_pathinfo():
    """The case-normalised sys.path entries that exist on disk."""
    known = set()
    for entry in sys.path:
        try:
            if os.path.exists(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue  # frozen-line: 156
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file NAME in SITEDIR: each line names a directory
    (relative to SITEDIR) to append to sys.path if it exists, or is an
    'import' statement to execute. Comments and blank lines are skipped."""
    fresh = known_paths is None
    if fresh:
        known_paths = _init_pathinfo()  # frozen-line: 166
    fullname = os.path.join(sitedir, name)  # frozen-line: 170
    _trace(f"Processing .pth file: {fullname!r}")  # frozen-line: 171
    try:
        f = open(fullname, encoding="locale")
    except OSError:
        return None if fresh else known_paths
    with f:  # frozen-line: 178
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            try:
                if line.startswith(("import ", "import\t")):  # frozen-line: 185
                    exec(line)  # frozen-line: 186
                    continue
                path, key = makepath(sitedir, line.rstrip())
                if key not in known_paths and os.path.exists(path):
                    sys.path.append(path)
                    known_paths.add(key)
            except Exception:
                _report_pth_error(fullname, number)
                break  # frozen-line: 201
    return None if fresh else known_paths


def _report_pth_error(fullname, number):
    import traceback
    print(f"Error processing line {number:d} of {fullname}:\n", file=sys.stderr)
    for record in traceback.format_exception(*sys.exc_info()):
        for text in record.splitlines():
            print("  " + text, file=sys.stderr)
    print("\nRemainder of file ignored", file=sys.stderr)


def addsitedir(sitedir, known_paths=None):
    """Append SITEDIR to sys.path (unless already there) and process its .pth
    files in name order."""
    _trace(f"Adding directory: {sitedir!r}")  # frozen-line: 210
    fresh = known_paths is None
    if fresh:
        known_paths = _init_pathinfo()  # frozen-line: 212
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)  # frozen-line: 218
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)  # frozen-line: 221
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith(".pth")):
        addpackage(sitedir, name, known_paths)  # frozen-line: 226
    return None if fresh else known_paths


def check_enableusersite():
    """False when disabled by -s/-I, None when the effective uid/gid differs
    from the real one (setuid programs must not trust the user), else True."""
    if sys.flags.no_user_site:  # frozen-line: 242
        return False  # frozen-line: 243
    if os.geteuid() != os.getuid() or os.getegid() != os.getgid():
        return None
    return True  # frozen-line: 254


def _getuserbase():
    configured = os.environ.get("PYTHONUSERBASE")
    if configured:
        return configured
    return os.path.expanduser(os.path.join("~", ".local"))


def _get_path(userbase):
    major, minor = sys.version_info[:2]
    return f"{userbase}/lib/python{major}.{minor}/site-packages"


def getuserbase():
    """The user base directory (PYTHONUSERBASE or ~/.local); sets USER_BASE."""
    global USER_BASE  # frozen-line: 308
    if USER_BASE is None:  # frozen-line: 309
        USER_BASE = _getuserbase()  # frozen-line: 310
    return USER_BASE  # frozen-line: 311


def getusersitepackages():
    """The user's site-packages directory; sets USER_BASE and USER_SITE."""
    global USER_SITE, ENABLE_USER_SITE  # frozen-line: 320
    userbase = getuserbase()  # frozen-line: 321
    if USER_SITE is None:  # frozen-line: 323
        if userbase is None:  # frozen-line: 324
            ENABLE_USER_SITE = False  # frozen-line: 325
        else:
            USER_SITE = _get_path(userbase)  # frozen-line: 327
    return USER_SITE  # frozen-line: 329


def addusersitepackages(known_paths):
    """Add the user's site-packages (when enabled and present) to sys.path."""
    _trace("Processing user site-packages")  # frozen-line: 339
    user_site = getusersitepackages()  # frozen-line: 340
    if ENABLE_USER_SITE and os.path.isdir(user_site):  # frozen-line: 342
        addsitedir(user_site, known_paths)  # frozen-line: 343
    return known_paths  # frozen-line: 344


def getsitepackages(prefixes=None):
    """The global site-packages directories of PREFIXES (or of prefixes), existing or not."""
    found = []
    seen = set()  # frozen-line: 354
    major, minor = sys.version_info[:2]
    libdirs = [sys.platlibdir] if sys.platlibdir == "lib" else [sys.platlibdir, "lib"]
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in seen:  # frozen-line: 360
            continue  # frozen-line: 361
        seen.add(prefix)  # frozen-line: 362
        for libdir in libdirs:  # frozen-line: 369
            found.append(os.path.join(prefix, libdir, f"python{major}.{minor}", "site-packages"))
    return found


def addsitepackages(known_paths, prefixes=None):
    """Add the existing global site-packages directories to sys.path."""
    _trace("Processing global site-packages")  # frozen-line: 381
    for sitedir in getsitepackages(prefixes):  # frozen-line: 382
        if os.path.isdir(sitedir):  # frozen-line: 383
            addsitedir(sitedir, known_paths)  # frozen-line: 384
    return known_paths  # frozen-line: 386


def _run_customize(name):
    """Import sitecustomize/usercustomize if present; report (not raise) its errors."""
    try:
        try:
            __import__(name)
        except ImportError as exc:
            if exc.name != name:
                raise
    except Exception as err:
        if sys.flags.verbose:
            sys.excepthook(*sys.exc_info())
        else:
            sys.stderr.write(f"Error in {name}; set PYTHONVERBOSE for traceback:\n"
                             f"{err.__class__.__name__}: {err}\n")


def execsitecustomize():
    """Run the sitecustomize module, if there is one."""
    _run_customize("sitecustomize")


def execusercustomize():
    """Run the usercustomize module, if there is one."""
    _run_customize("usercustomize")


def _add_site_directories(known_paths):
    global ENABLE_USER_SITE
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    return addsitepackages(known_paths)


def main():
    """Normalise sys.path, add the site-packages directories and their .pth
    entries, then run sitecustomize/usercustomize. Calling it again adds nothing."""
    before = sys.path[:]
    known_paths = removeduppaths()  # frozen-line: 593
    if before != sys.path:
        abs_paths()  # frozen-line: 597
    _add_site_directories(known_paths)
    execsitecustomize()  # frozen-line: 609
    if ENABLE_USER_SITE:  # frozen-line: 610
        execusercustomize()  # frozen-line: 611


def _script():
    usage = """\
    %s [--user-base] [--user-site]

    Without arguments print some useful information
    With arguments print the value of USER_BASE and/or USER_SITE separated
    by '%s'.

    Exit codes with --user-base or --user-site:
      0 - user site directory is enabled
      1 - user site directory is disabled by user
      2 - user site directory is disabled by super user
          or for security reasons
     >2 - unknown error
    """
    args = sys.argv[1:]  # frozen-line: 633
    if not args:  # frozen-line: 634
        user_base = getuserbase()  # frozen-line: 635
        user_site = getusersitepackages()  # frozen-line: 636
        print("sys.path = [")  # frozen-line: 637
        for entry in sys.path:
            print(f"    {entry!r},")
        print("]")  # frozen-line: 640

        def state(path):
            return "exists" if path is not None and os.path.isdir(path) else "doesn't exist"
        print(f"USER_BASE: {user_base!r} ({state(user_base)})")
        print(f"USER_SITE: {user_site!r} ({state(user_site)})")
        print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")  # frozen-line: 648
        sys.exit(0)  # frozen-line: 649
    values = []
    if "--user-base" in args:  # frozen-line: 652
        values.append(USER_BASE)
    if "--user-site" in args:  # frozen-line: 654
        values.append(USER_SITE)
    if not values:
        import textwrap  # frozen-line: 668
        print(textwrap.dedent(usage % (sys.argv[0], os.pathsep)))
        sys.exit(10)  # frozen-line: 670
    print(os.pathsep.join(values))
    if ENABLE_USER_SITE:  # frozen-line: 659
        sys.exit(0)  # frozen-line: 660
    sys.exit(1 if ENABLE_USER_SITE is False else 2 if ENABLE_USER_SITE is None else 3)


# What CPython's start-up would have done: add the site directories. sys.path
# itself is left as the program sees it (CPython normalises it before the
# script's directory is inserted, so a script never sees that step).
if not sys.flags.no_site:
    _add_site_directories(_init_pathinfo())

if __name__ == "__main__":
    _script()
