"""Program/module tracing and line coverage, on sys.settrace.

    trace.Trace(count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(), ignoredirs=(),
                infile=None, outfile=None, timing=False)
    tracer.run(cmd) / runctx(cmd, globals, locals) / runfunc(func, *args, **kw)
    tracer.results().write_results(show_missing=True, summary=False, coverdir=None)

Also a command line: python -m trace --count|--trace|--listfuncs|--trackcalls [options] prog.py
"""
__all__ = ['Trace', 'CoverageResults']

import io
import linecache
import os
import sys
import sysconfig
import token
import tokenize
import inspect
import dis
import pickle
from time import monotonic as _time

import threading

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Decides, per module, whether it is outside what is traced (memoized)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules) if modules else set()
        self._dirs = [os.path.normpath(d) for d in dirs] if dirs else []
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        if modulename in self._ignore:
            return self._ignore[modulename]
        ignored = (modulename in self._mods
                   or any(modulename.startswith(mod + '.') for mod in self._mods)
                   or filename is None
                   or any(filename.startswith(d + os.sep) for d in self._dirs))
        self._ignore[modulename] = 1 if ignored else 0
        return self._ignore[modulename]


def _modname(path):
    """A plausible module name for the path: its base name without extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """A plausible dotted module name for the path, relative to the longest sys.path entry."""
    comparepath = os.path.normcase(path)
    longest = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if comparepath.startswith(entry) and comparepath[len(entry)] == os.sep:
            if len(entry) > len(longest):
                longest = entry
    base = path[len(longest) + 1:] if longest else path
    drive, base = os.path.splitdrive(base)
    base = base.replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    """Line counts, called functions and caller pairs; can merge a saved counts file and write
    annotated .cover listings."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()  # map (filename, lineno) to count
        self.calledfuncs = {} if calledfuncs is None else calledfuncs.copy()
        self.callers = {} if callers is None else callers.copy()
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as f:
                    counts, calledfuncs, callers = pickle.load(f)
                self.update(self.__class__(counts, calledfuncs, callers=callers))
            except (OSError, EOFError, ValueError) as err:
                print("Skipping counts file %r: %s" % (self.infile, err), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Pseudo files such as '<string>' are not reported."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Merge in the data from another CoverageResults"""
        for key, count in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + count
        for key in other.calledfuncs:
            self.calledfuncs[key] = 1
        for key in other.callers:
            self.callers[key] = 1

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the function lists, write NAME.cover beside each module (or in coverdir),
        print a per-module summary when asked, and save the counts to outfile."""
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))
        if self.callers:
            print()
            print("calling relationships:")
            lastfile = lastcfile = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
                if pfile != lastfile:
                    print()
                    print("***", pfile, "***")
                    lastfile = pfile
                    lastcfile = ""
                if cfile != pfile and lastcfile != cfile:
                    print("  -->", cfile)
                    lastcfile = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))
        per_file = {}
        for (filename, lineno), count in self.counts.items():
            per_file.setdefault(filename, {})[lineno] = count
        sums = {}
        for filename, hits in per_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                directory = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                directory = coverdir
                if not os.path.exists(directory):
                    os.makedirs(directory)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(directory, modulename + ".cover")
            with open(filename, 'rb') as fp:
                encoding, _ = tokenize.detect_encoding(fp.readline)
            n_hits, n_lines = self.write_results_file(coverpath, source, executable, hits, encoding)
            if summary and n_lines:
                sums[modulename] = n_lines, int(100 * n_hits / n_lines), modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as f:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Write `lines` to path, each prefixed by its count, '>>>>>> ' when executable but
        never run, or blanks; returns (lines hit, executable lines)."""
        try:
            outfile = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping" % (path, err), file=sys.stderr)
            return 0, 0
        n_lines = n_hits = 0
        with outfile:
            for lineno, line in enumerate(lines, 1):
                if lineno in lines_hit:
                    outfile.write("%5d: " % lines_hit[lineno])
                    n_hits += 1
                    n_lines += 1
                elif lineno in lnotab and PRAGMA_NOCOVER not in line:
                    outfile.write(">>>>>> ")
                    n_lines += 1
                else:
                    outfile.write("       ")
                outfile.write(line.expandtabs(8))
        return n_hits, n_lines


def _find_lines_from_code(code, strs):
    """The lines that start instructions in one code object, docstring lines excluded."""
    return {lineno: 1 for _, lineno in dis.findlinestarts(code) if lineno not in strs}


def _find_lines(code, strs):
    """The same for a code object and every code object nested in it."""
    linenos = _find_lines_from_code(code, strs)
    for const in code.co_consts:
        if inspect.iscode(const):
            linenos.update(_find_lines(const, strs))
    return linenos


def _find_strings(filename, encoding=None):
    """Lines holding a string that is a statement of its own (docstrings): {lineno: 1}."""
    found = {}
    prev_type = token.INDENT
    with open(filename, encoding=encoding) as f:
        for ttype, tstr, start, end, line in tokenize.generate_tokens(f.readline):
            if ttype == token.STRING and prev_type == token.INDENT:
                for i in range(start[0], end[0] + 1):
                    found[i] = 1
            prev_type = ttype
    return found


def _find_executable_linenos(filename):
    """{lineno: 1} for the lines of a file that hold code."""
    try:
        with tokenize.open(filename) as f:
            prog = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err), file=sys.stderr)
        return {}
    code = compile(prog, filename, "exec")
    return _find_lines(code, _find_strings(filename, encoding))


class Trace:
    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(), ignoredirs=(),
                 infile=None, outfile=None, timing=False):
        """count: count line executions; trace: print each line as it runs; countfuncs: only
        record the functions called (overrides count and trace); countcallers: record caller/callee
        pairs; ignoremods/ignoredirs: modules (with submodules) and directories left out;
        infile/outfile: counts merged from and saved to; timing: prefix traced lines with the
        time since start."""
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}  # (filename, lineno) -> count
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = _time() if timing else None
        if countcallers:
            self.globaltrace = self.globaltrace_trackcallers
        elif countfuncs:
            self.globaltrace = self.globaltrace_countfuncs
        elif trace and count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace_and_count
        elif trace:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_trace
        elif count:
            self.globaltrace = self.globaltrace_lt
            self.localtrace = self.localtrace_count
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        """(filename, module name, function name) of a frame; methods are named Class.method."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        if code not in self._caller_cache:
            # CPython finds the class through gc referrers of the function; Sharpy cannot list
            # referrers, so the class comes from the qualified name ('C.m', not 'f.<locals>.g').
            parts = code.co_qualname.split('.')
            owner = parts[-2] if len(parts) > 1 and parts[-2] != '<locals>' else None
            self._caller_cache[code] = owner
        clsname = self._caller_cache[code]
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        """On 'call', record the (caller, callee) pair."""
        if why == 'call':
            this_func = self.file_module_function_of(frame)
            parent_func = self.file_module_function_of(frame.f_back)
            self._callers[(parent_func, this_func)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        """On 'call', record the function."""
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """On 'call', trace the frame's lines unless its module is ignored."""
        if why == 'call':
            code = frame.f_code
            filename = frame.f_globals.get('__file__', None)
            if not filename:
                return None
            modulename = _modname(filename)
            if modulename is not None and not self.ignore.names(filename, modulename):
                if self.trace:
                    print(" --- modulename: %s, funcname: %s" % (modulename, code.co_name))
                return self.localtrace

    def _print_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (_time() - self.start_time), end=' ')
        print("%s(%d): %s" % (os.path.basename(filename), lineno, linecache.getline(filename, lineno)), end='')

    def _count_line(self, frame):
        key = frame.f_code.co_filename, frame.f_lineno
        self.counts[key] = self.counts.get(key, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._print_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._print_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def main():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--version', action='version', version='trace 2.0')
    grp = parser.add_argument_group('Main options', 'One of these (or --report) must be given')
    grp.add_argument('-c', '--count', action='store_true',
                     help='Count the number of times each line is executed and write the counts to '
                          '<module>.cover for each module executed, in the module\'s directory. '
                          'See also --coverdir, --file, --no-report below.')
    grp.add_argument('-t', '--trace', action='store_true',
                     help='Print each line to sys.stdout before it is executed')
    grp.add_argument('-l', '--listfuncs', action='store_true',
                     help='Keep track of which functions are executed at least once and write the '
                          'results to sys.stdout after the program exits. Cannot be specified '
                          'alongside --trace or --count.')
    grp.add_argument('-T', '--trackcalls', action='store_true',
                     help='Keep track of caller/called pairs and write the results to sys.stdout '
                          'after the program exits.')
    grp = parser.add_argument_group('Modifiers')
    exclusive = grp.add_mutually_exclusive_group()
    exclusive.add_argument('-r', '--report', action='store_true',
                           help='Generate a report from a counts file; does not execute any code. '
                                '--file must specify the results file to read, which must have been '
                                'created in a previous run with --count --file=FILE')
    exclusive.add_argument('-R', '--no-report', action='store_true',
                           help='Do not generate the coverage report files. Useful if you want to '
                                'accumulate over several runs.')
    grp.add_argument('-f', '--file', help='File to accumulate counts over several runs')
    grp.add_argument('-C', '--coverdir',
                     help='Directory where the report files go. The coverage report for '
                          '<package>.<module> will be written to file <dir>/<package>/<module>.cover')
    grp.add_argument('-m', '--missing', action='store_true',
                     help='Annotate executable lines that were not executed with ">>>>>> "')
    grp.add_argument('-s', '--summary', action='store_true',
                     help='Write a brief summary for each file to sys.stdout. Can only be used with '
                          '--count or --report')
    grp.add_argument('-g', '--timing', action='store_true',
                     help='Prefix each line with the time since the program started. Only used '
                          'while tracing')
    grp = parser.add_argument_group('Filters', 'Can be specified multiple times')
    grp.add_argument('--ignore-module', action='append', default=[],
                     help='Ignore the given module(s) and its submodules (if it is a package). '
                          'Accepts comma separated list of module names.')
    grp.add_argument('--ignore-dir', action='append', default=[],
                     help='Ignore files in the given directory (multiple directories can be joined '
                          'by os.pathsep).')
    parser.add_argument('--module', action='store_true', default=False, help='Trace a module. ')
    parser.add_argument('progname', nargs='?', help='file to run as main program')
    parser.add_argument('arguments', nargs=argparse.REMAINDER, help='arguments to the program')
    opts = parser.parse_args()

    prefix = sysconfig.get_path("stdlib")
    exec_prefix = sysconfig.get_path("platstdlib")

    def parse_ignore_dir(s):
        s = os.path.expanduser(os.path.expandvars(s))
        return os.path.normpath(s.replace('$prefix', prefix).replace('$exec_prefix', exec_prefix))

    opts.ignore_module = [mod.strip() for i in opts.ignore_module for mod in i.split(',')]
    opts.ignore_dir = [parse_ignore_dir(s) for i in opts.ignore_dir for s in i.split(os.pathsep)]
    if opts.report:
        if not opts.file:
            parser.error('-r/--report requires -f/--file')
        results = CoverageResults(infile=opts.file, outfile=opts.file)
        return results.write_results(opts.missing, opts.summary, opts.coverdir)
    if not any([opts.trace, opts.count, opts.listfuncs, opts.trackcalls]):
        parser.error('must specify one of --trace, --count, --report, --listfuncs, or --trackcalls')
    if opts.listfuncs and (opts.count or opts.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if opts.summary and not opts.count:
        parser.error('--summary can only be used with --count or --report')
    if opts.progname is None:
        parser.error('progname is missing: required with the main options')
    t = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs, countcallers=opts.trackcalls,
              ignoremods=opts.ignore_module, ignoredirs=opts.ignore_dir, infile=opts.file,
              outfile=opts.file, timing=opts.timing)
    try:
        if opts.module:
            import runpy
            spec = __import__('importlib.util').util.find_spec(opts.progname)
            if spec is None:
                raise ImportError("No module named %s" % opts.progname)
            code = spec.loader.get_code(opts.progname)
            sys.argv = [code.co_filename, *opts.arguments]
            globs = {'__name__': '__main__', '__file__': code.co_filename, '__package__': spec.parent,
                     '__loader__': spec.loader, '__spec__': spec, '__cached__': None}
        else:
            sys.argv = [opts.progname, *opts.arguments]
            sys.path[0] = os.path.dirname(opts.progname)
            with io.open_code(opts.progname) as fp:
                code = compile(fp.read(), opts.progname, 'exec')
            globs = {'__file__': opts.progname, '__name__': '__main__', '__package__': None,
                     '__cached__': None}
        t.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass
    results = t.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
