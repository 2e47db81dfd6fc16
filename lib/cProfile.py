"""Python interface for the 'lsprof' profiler.
   Compatible with the 'profile' module.
"""

__all__ = ["run", "runctx", "Profile"]

import _lsprof
import io
import sys


def _report(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print the statistics (sorted by `sort`) or,
    given a filename, write them there for pstats."""
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like run(), with explicit global and local namespaces for the statement."""
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


class Profile(_lsprof.Profiler):
    """Profile(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
    """

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        """Turn getstats() into pstats' {label: (cc, nc, tt, ct, callers)} in self.stats."""
        entries = self.getstats()
        self.stats = {}
        callers_of = {}
        for entry in entries:
            func = label(entry.code)
            nc = entry.callcount
            cc = nc - entry.reccallcount
            callers = {}
            callers_of[id(entry.code)] = callers
            self.stats[func] = cc, nc, entry.inlinetime, entry.totaltime, callers
        for entry in entries:
            if not entry.calls:
                continue
            caller = label(entry.code)
            for sub in entry.calls:
                callers = callers_of.get(id(sub.code))
                if callers is None:
                    continue
                nc = sub.callcount
                counts = (nc, nc - sub.reccallcount, sub.inlinetime, sub.totaltime)
                if caller in callers:
                    counts = tuple(a + b for a, b in zip(counts, callers[caller]))
                callers[caller] = counts

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        """Profile one call of func and return its result."""
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def label(code):
    """The pstats key of a code object, or of a builtin's description string."""
    if isinstance(code, str):
        return ('~', 0, code)  # '~' sorts after file names
    return (code.co_filename, code.co_firstlineno, code.co_name)


def main():
    import pstats
    from optparse import OptionParser
    usage = "cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile",
                      help="Save stats to <outfile>", default=None)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class",
                      default=2, choices=sorted(pstats.Stats.sort_arg_dict_default))
    parser.add_option('-m', dest="module", action="store_true",
                      help="Profile a library module", default=False)
    from profile import _run_cli
    return _run_cli(parser, runctx)


if __name__ == '__main__':
    main()
