# Writes python3.11's ast.dump of every file listed on stdin into OUTDIR (argv[1]), one file per input
# (index.ast), and with --bench prints the total ast.parse time in seconds.
import ast, sys, time
out = sys.argv[1]
bench = '--bench' in sys.argv
attrs = '--no-attributes' not in sys.argv
paths = [l.rstrip('\n') for l in sys.stdin]
if bench:
    sources = [open(p, 'rb').read() for p in paths]
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for p, s in zip(paths, sources):
            try:
                compile(s, p, 'exec', ast.PyCF_ONLY_AST)
            except SyntaxError:
                pass
        t = time.perf_counter() - t0
        best = t if best is None or t < best else best
    print(best)
    sys.exit(0)
for i, p in enumerate(paths):
    try:
        tree = ast.parse(open(p, 'rb').read(), p)
        text = ast.dump(tree, include_attributes=attrs)
    except SyntaxError as e:
        text = 'ERROR %s: %s (%r, %r, %r, %r)' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except (RecursionError, MemoryError) as e:
        text = 'ERROR %s' % type(e).__name__
    with open('%s/%d.ast' % (out, i), 'w', encoding='utf-8', errors='surrogatepass') as f:
        f.write(text)
