"""Class for profiling Python code (the pure-Python profiler; cProfile is the usual choice)."""

import io
import sys
import time
import marshal

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """run()/runctx() for a profiler class (shared with cProfile's interface)."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler; print a report sorted by `sort`, or with a
    filename, write the statistics there."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Like run(), with explicit global and local namespaces for the statement."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class Profile:
    """Profiler class.

    self.cur describes the innermost running call as a tuple
    (time to charge to the caller, own time, time in callees, function key, frame, caller's tuple).
    self.timings maps function keys to (calls not counting recursion, activations on the
    stack minus one, own time, cumulative time, {caller key: count}).
    """

    bias = 0  # calibration constant: the profiler's own cost per event

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        self.c_func_name = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        if not timer:
            self.timer = self.get_time = time.process_time
            self.dispatcher = self.trace_dispatch_i
        else:
            self.timer = timer
            sample = self.timer()
            try:
                length = len(sample)
            except TypeError:
                self.get_time = timer
                self.dispatcher = self.trace_dispatch_i
            else:
                # A timer returning a tuple (os.times()-like): its parts are added.
                self.dispatcher = self.trace_dispatch if length == 2 else self.trace_dispatch_l

                def get_time_timer(timer=timer, sum=sum):
                    return sum(timer())
                self.get_time = get_time_timer
        self.t = self.get_time()
        self.simulate_call('profiler')

    # Each dispatcher charges the time since the last event (less the bias) to the event's
    # handler, then restarts the clock after the handler, so the profiler's own work is not counted.

    def trace_dispatch(self, frame, event, arg):
        now = self.timer()
        t = now[0] + now[1] - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            now = self.timer()
            self.t = now[0] + now[1]
        else:
            now = self.timer()
            self.t = now[0] + now[1] - t

    def trace_dispatch_i(self, frame, event, arg):
        t = self.timer() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = self.timer()
        else:
            self.t = self.timer() - t

    def trace_dispatch_mac(self, frame, event, arg):
        t = self.timer() / 60.0 - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = self.timer() / 60.0
        else:
            self.t = self.timer() / 60.0 - t

    def trace_dispatch_l(self, frame, event, arg):
        t = self.get_time() - self.t - self.bias
        if event == "c_call":
            self.c_func_name = arg.__name__
        if self.dispatch[event](self, frame, t):
            self.t = self.get_time()
        else:
            self.t = self.get_time() - t

    def trace_dispatch_exception(self, frame, t):
        rpt, rit, ret, rfn, rframe, rcur = self.cur
        if rframe is not frame and rcur:
            return self.trace_dispatch_return(rframe, t)
        self.cur = rpt, rit + t, ret, rfn, rframe, rcur
        return 1

    def _push(self, fn, frame, t):
        self.cur = (t, 0, 0, fn, frame, self.cur)
        if fn in self.timings:
            cc, ns, tt, ct, callers = self.timings[fn]
            self.timings[fn] = cc, ns + 1, tt, ct, callers
        else:
            self.timings[fn] = 0, 0, 0, 0, {}
        return 1

    def trace_dispatch_call(self, frame, t):
        if self.cur and frame.f_back is not self.cur[-2]:
            # The current call ended without a return event (an exception): close it first.
            rpt, rit, ret, rfn, rframe, rcur = self.cur
            if not isinstance(rframe, Profile.fake_frame):
                assert rframe.f_back is frame.f_back, ("Bad call", rfn, rframe, rframe.f_back,
                                                       frame, frame.f_back)
                self.trace_dispatch_return(rframe, 0)
                assert self.cur is None or frame.f_back is self.cur[-2], ("Bad call", self.cur[-3])
        code = frame.f_code
        return self._push((code.co_filename, code.co_firstlineno, code.co_name), frame, t)

    def trace_dispatch_c_call(self, frame, t):
        return self._push(("", 0, self.c_func_name), frame, t)

    def trace_dispatch_return(self, frame, t):
        if frame is not self.cur[-2]:
            assert frame is self.cur[-2].f_back, ("Bad return", self.cur[-3])
            self.trace_dispatch_return(self.cur[-2], 0)
        rpt, rit, ret, rfn, frame, rcur = self.cur
        rit = rit + t
        frame_total = rit + ret
        ppt, pit, pet, pfn, pframe, pcur = rcur
        self.cur = ppt, pit + rpt, pet + frame_total, pfn, pframe, pcur
        cc, ns, tt, ct, callers = self.timings[rfn]
        if not ns:
            # The outermost activation: its whole time counts once.
            ct = ct + frame_total
            cc = cc + 1
        callers[pfn] = callers.get(pfn, 0) + 1
        self.timings[rfn] = cc, ns - 1, tt + rit, ct, callers
        return 1

    dispatch = {
        "call": trace_dispatch_call,
        "exception": trace_dispatch_exception,
        "return": trace_dispatch_return,
        "c_call": trace_dispatch_c_call,
        "c_exception": trace_dispatch_return,  # the C function returned
        "c_return": trace_dispatch_return,
    }

    def set_cmd(self, cmd):
        if self.cur[-1]:
            return  # already set
        self.cmd = cmd
        self.simulate_call(cmd)

    class fake_code:
        def __init__(self, filename, line, name):
            self.co_filename = filename
            self.co_line = line
            self.co_name = name
            self.co_firstlineno = 0

        def __repr__(self):
            return repr((self.co_filename, self.co_line, self.co_name))

    class fake_frame:
        def __init__(self, code, prior):
            self.f_code = code
            self.f_back = prior

    def simulate_call(self, name):
        """Enter a pseudo-function ('profile', 0, name) that the report shows as the root."""
        pframe = self.cur[-2] if self.cur else None
        frame = self.fake_frame(self.fake_code('profile', 0, name), pframe)
        self.dispatch['call'](self, frame, 0)

    def simulate_cmd_complete(self):
        """Return from every call still open, charging them the time since the last event."""
        t = self.get_time() - self.t
        while self.cur[-1]:
            self.dispatch['return'](self, self.cur[-2], t)
            t = 0
        self.t = self.get_time() - t

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, ns, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[func] = cc, sum(callers.values()), tt, ct, callers

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        """Estimate the profiler's per-event overhead (a value for `bias`) over m test calls."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved_bias = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved_bias

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)  # warm up
        t0 = get_time()
        f(m)
        elapsed_noprofile = get_time() - t0
        if verbose:
            print("elapsed time without profiling =", elapsed_noprofile)
        p = Profile()
        t0 = get_time()
        p.runctx('f(m)', {'f': f, 'm': m}, {})
        elapsed_profile = get_time() - t0
        if verbose:
            print("elapsed time with profiling =", elapsed_profile)
        total_calls = 0.0
        reported_time = 0.0
        for (filename, line, funcname), (cc, ns, tt, ct, callers) in p.timings.items():
            if funcname in ("f", "f1"):
                total_calls += cc
                reported_time += tt
        if verbose:
            print("'CPU seconds' profiler reported =", reported_time)
            print("total # calls =", total_calls)
        if total_calls != m + 1:
            raise ValueError("internal error: total calls = %d" % total_calls)
        # Two events per call: the unmeasured overhead per event.
        mean = (reported_time - elapsed_noprofile) / 2.0 / total_calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean


def main():
    from optparse import OptionParser
    usage = "profile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile", help="Save stats to <outfile>", default=None)
    parser.add_option('-m', dest="module", action="store_true", help="Profile a library module.", default=False)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class", default=-1)
    return _run_cli(parser, runctx)


def _run_cli(parser, runctx):
    """The command line shared with cProfile: profile a script or (-m) a module, print or save the stats."""
    import os
    import runpy
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if options.outfile is not None:
        options.outfile = os.path.abspath(options.outfile)
    if not args:
        parser.print_usage()
        return parser
    if options.module:
        code = "run_module(modname, run_name='__main__')"
        globs = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        progname = args[0]
        sys.path.insert(0, os.path.dirname(progname))
        with io.open_code(progname) as fp:
            code = compile(fp.read(), progname, 'exec')
        globs = {'__file__': progname, '__name__': '__main__', '__package__': None, '__cached__': None}
    try:
        runctx(code, globs, None, options.outfile, options.sort)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


if __name__ == '__main__':
    main()
