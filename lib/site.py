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
    if sys.flags.verbose:
        print(message, file=sys.stderr)


def makepath(*paths):
    """(absolute path, its case-normalised form used to detect duplicates)."""
    path = os.path.join(*paths)
    try:
        path = os.path.abspath(path)
    except OSError:
        pass
    return path, os.path.normcase(path)


def abs_paths():
    """Make __file__ and __cached__ of modules loaded from files absolute."""
    for module in set(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        if spec is None or getattr(spec, "origin", None) in (None, "built-in", "frozen"):
            continue
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
            continue
    return known


def addpackage(sitedir, name, known_paths):
    """Process the .pth file NAME in SITEDIR: each line names a directory
    (relative to SITEDIR) to append to sys.path if it exists, or is an
    'import' statement to execute. Comments and blank lines are skipped."""
    fresh = known_paths is None
    if fresh:
        known_paths = _init_pathinfo()
    fullname = os.path.join(sitedir, name)
    _trace(f"Processing .pth file: {fullname!r}")
    try:
        f = open(fullname, encoding="locale")
    except OSError:
        return None if fresh else known_paths
    with f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            try:
                if line.startswith(("import ", "import\t")):
                    exec(line)
                    continue
                path, key = makepath(sitedir, line.rstrip())
                if key not in known_paths and os.path.exists(path):
                    sys.path.append(path)
                    known_paths.add(key)
            except Exception:
                _report_pth_error(fullname, number)
                break
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
    _trace(f"Adding directory: {sitedir!r}")
    fresh = known_paths is None
    if fresh:
        known_paths = _init_pathinfo()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return None
    for name in sorted(n for n in names if n.endswith(".pth")):
        addpackage(sitedir, name, known_paths)
    return None if fresh else known_paths


def check_enableusersite():
    """False when disabled by -s/-I, None when the effective uid/gid differs
    from the real one (setuid programs must not trust the user), else True."""
    if sys.flags.no_user_site:
        return False
    if os.geteuid() != os.getuid() or os.getegid() != os.getgid():
        return None
    return True


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
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _getuserbase()
    return USER_BASE


def getusersitepackages():
    """The user's site-packages directory; sets USER_BASE and USER_SITE."""
    global USER_SITE, ENABLE_USER_SITE
    userbase = getuserbase()
    if USER_SITE is None:
        if userbase is None:
            ENABLE_USER_SITE = False
        else:
            USER_SITE = _get_path(userbase)
    return USER_SITE


def addusersitepackages(known_paths):
    """Add the user's site-packages (when enabled and present) to sys.path."""
    _trace("Processing user site-packages")
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages directories of PREFIXES (or of prefixes), existing or not."""
    found = []
    seen = set()
    major, minor = sys.version_info[:2]
    libdirs = [sys.platlibdir] if sys.platlibdir == "lib" else [sys.platlibdir, "lib"]
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        for libdir in libdirs:
            found.append(os.path.join(prefix, libdir, f"python{major}.{minor}", "site-packages"))
    return found


def addsitepackages(known_paths, prefixes=None):
    """Add the existing global site-packages directories to sys.path."""
    _trace("Processing global site-packages")
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


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
    known_paths = removeduppaths()
    if before != sys.path:
        abs_paths()
    _add_site_directories(known_paths)
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


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
    args = sys.argv[1:]
    if not args:
        user_base = getuserbase()
        user_site = getusersitepackages()
        print("sys.path = [")
        for entry in sys.path:
            print(f"    {entry!r},")
        print("]")

        def state(path):
            return "exists" if path is not None and os.path.isdir(path) else "doesn't exist"
        print(f"USER_BASE: {user_base!r} ({state(user_base)})")
        print(f"USER_SITE: {user_site!r} ({state(user_site)})")
        print(f"ENABLE_USER_SITE: {ENABLE_USER_SITE!r}")
        sys.exit(0)
    values = []
    if "--user-base" in args:
        values.append(USER_BASE)
    if "--user-site" in args:
        values.append(USER_SITE)
    if not values:
        import textwrap
        print(textwrap.dedent(usage % (sys.argv[0], os.pathsep)))
        sys.exit(10)
    print(os.pathsep.join(values))
    if ENABLE_USER_SITE:
        sys.exit(0)
    sys.exit(1 if ENABLE_USER_SITE is False else 2 if ENABLE_USER_SITE is None else 3)


# What CPython's start-up would have done: add the site directories. sys.path
# itself is left as the program sees it (CPython normalises it before the
# script's directory is inserted, so a script never sees that step).
if not sys.flags.no_site:
    _add_site_directories(_init_pathinfo())

if __name__ == "__main__":
    _script()
