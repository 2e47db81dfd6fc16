# tabnanny: ambiguous indentation found through tokenize, reports as CPython prints them.
import contextlib
import io
import os
import sys
import tabnanny
import tempfile

sources = {
    'clean.py': 'if x:\n    y = 1\n    if z:\n        w = 2\n',
    'tabs.py': 'if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n',
    'mixed.py': 'if x:\n        a = 1\n\tb = 2\n',
    'notgreater.py': 'if x:\n        if y:\n\t    a = 1\n',
    'with space.py': 'if x:\n        a = 1\n\tb = 2\n',
    'badtoken.py': 'x = (1,\n',
    'badindent.py': 'if x:\n    a = 1\n  b = 2\n',
}
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'sub'))
    for name, text in sources.items():
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)
    with open(os.path.join(d, 'sub', 'inner.py'), 'w') as f:
        f.write('def f():\n \tpass\n')
    with open(os.path.join(d, 'sub', 'notpy.txt'), 'w') as f:
        f.write('\t \tjunk\n')

    def run(path, verbose=0, filename_only=0):
        tabnanny.verbose, tabnanny.filename_only = verbose, filename_only
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tabnanny.check(path)
        for stream, text in (('out', out.getvalue()), ('err', err.getvalue())):
            for line in text.replace(d, 'D').splitlines():
                print(stream, '|', line)

    for name in sorted(sources):
        print('--', name)
        run(os.path.join(d, name))
        run(os.path.join(d, name), verbose=1)
    print('-- quiet')
    run(os.path.join(d, 'mixed.py'), filename_only=1)
    print('-- directory')
    run(os.path.join(d, 'sub'), verbose=2)
    print('-- missing')
    run(os.path.join(d, 'missing.py'))

W = tabnanny.Whitespace
a, b = W('  \t  '), W('\t    ')
print(a.n, a.nt, a.norm, a.is_simple, a.longest_run_of_spaces(), [a.indent_level(t) for t in range(1, 9)])
print(b.norm, b.is_simple, a.equal(b), a.less(b), b.less(a), a.not_equal_witness(b), a.not_less_witness(b))
print(tabnanny.format_witnesses([(1, 2, 3)]), tabnanny.format_witnesses([(1, 2, 3), (4, 5, 6)]))
nag = tabnanny.NannyNag(3, 'msg', 'line\n')
print(nag.get_lineno(), nag.get_msg(), repr(nag.get_line()), isinstance(nag, Exception), tabnanny.__all__)
