# trace: line tracing output, counts, called functions, caller pairs and .cover files.
import contextlib
import io
import os
import sys
import tempfile
import trace


def square(x):
    return x * x


class Shape:
    def area(self, n):
        total = 0
        for i in range(n):
            total += square(i)
        return total


def main(n):
    s = Shape()
    if n > 100:
        print('never')
    return s.area(n)


tracer = trace.Trace(count=1, trace=1)
print('result', tracer.runfunc(main, 3))
results = tracer.results()
counts = sorted((os.path.basename(f), line, c) for (f, line), c in results.counts.items())
print(counts)

funcs = trace.Trace(countfuncs=1)
funcs.runfunc(main, 2)
print(sorted((os.path.basename(f), m, fn) for f, m, fn in funcs.results().calledfuncs))
callers = trace.Trace(countcallers=1)
callers.runfunc(main, 1)
print(sorted(((p[1], p[2]), (c[1], c[2])) for p, c in callers.results().callers))

quiet = trace.Trace(count=1, trace=0, ignoremods=['trace_basics'])
quiet.runctx('main(2)', globals(), {})
print(quiet.results().counts)
counter = trace.Trace(count=1, trace=0)
counter.runctx('main(4)', globals(), {})
print(sorted((line, c) for (f, line), c in counter.results().counts.items()))

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'covered.py')
    with open(src, 'w') as f:
        f.write('"""Doc."""\n'
                'def f(x):\n'
                '    """More doc."""\n'
                '    if x:\n'
                '        return 1\n'
                '    return 2  #pragma NO COVER\n'
                'def g():\n'
                '    return 3\n'
                'f(1)\n'
                'f(1)\n')
    with open(src) as f:
        code = compile(f.read(), src, 'exec')
    t = trace.Trace(count=1, trace=0)
    t.runctx(code, {'__file__': src, '__name__': 'covered'}, None)
    outfile = os.path.join(d, 'counts.pickle')
    res = t.results()
    res.outfile = outfile
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        res.write_results(show_missing=True, summary=True)
    print(buffer.getvalue().replace(d, 'D'), end='')
    print(sorted(os.listdir(d)))
    with open(os.path.join(d, 'covered.cover')) as f:
        print(f.read(), end='')
    res.write_results(show_missing=False, coverdir=os.path.join(d, 'out'))
    print(os.listdir(os.path.join(d, 'out')) != [])
    again = trace.CoverageResults(infile=outfile)
    print(sorted((os.path.basename(k[0]), k[1], v) for k, v in again.counts.items() if 'covered' in k[0]))
    merged = trace.CoverageResults({('x.py', 1): 2})
    merged.update(trace.CoverageResults({('x.py', 1): 3, ('x.py', 2): 1}, {('a', 'b', 'c'): 1}))
    print(merged.counts, merged.calledfuncs, merged.is_ignored_filename('<string>'))
    trace.CoverageResults(infile=os.path.join('no_such_dir', 'missing.pickle'))
print(trace._modname('/a/b/mod.py'), trace._fullmodname(os.path.join(sys.path[0], 'pkg', 'm.py')))
ign = trace._Ignore(['os', 'pkg'], ['/usr/lib'])
print(ign.names('/x/os.py', 'os'), ign.names('/x/p.py', 'pkg.sub'), ign.names('/usr/lib/a.py', 'a'), ign.names('/x/b.py', 'b'),
      ign.names(None, 'c'), ign.names('<string>', '<string>'))
print(trace.Trace(count=0, trace=0).donothing)
