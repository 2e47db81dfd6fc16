# pathlib: random PurePosixPath constructions and operations (results and error messages) as in CPython.
import random
from pathlib import PurePosixPath
random.seed(21)
segs = ['', '/', '//', '///', 'a', 'b.txt', '.', '..', 'c.tar.gz', '.hidden', 'x.', '...', 'd/e', ' ', 'é']
for case in range(80):
    args = [''.join(random.choice(segs) for _ in range(random.randint(1, 3))) for _ in range(random.randint(0, 3))]
    out = [case, repr(args)]
    try:
        p = PurePosixPath(*args)
    except Exception as e:
        print(case, type(e).__name__, e); continue
    other = ''.join(random.choice(segs) for _ in range(random.randint(0, 2)))
    for f in (lambda: repr(p), lambda: p.parts, lambda: (p.name, p.stem, p.suffix, p.suffixes), lambda: p.parent,
              lambda: list(p.parents), lambda: p / other, lambda: p.relative_to(other), lambda: p.with_name(other),
              lambda: p.with_suffix(other), lambda: p.match(other), lambda: p.is_absolute(), lambda: p.anchor,
              lambda: p < PurePosixPath(other), lambda: p == PurePosixPath(other), lambda: p.with_stem('s'),
              lambda: p.is_relative_to(other), lambda: p.as_posix()):
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(*out)
