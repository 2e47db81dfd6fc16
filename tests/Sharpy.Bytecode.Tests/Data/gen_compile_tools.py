"""Generates compile_tools.json: python3.11 -m compileall / -m py_compile runs over a small tree.

Run: PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3.11 gen_compile_tools.py
The temporary root is written as ROOT and the cache tag 'cpython-311' as 'sharpy-311'. Each step runs
in order on the same tree; "files" lists the tree afterwards.
"""
import json, os, shutil, subprocess, sys, tempfile, traceback

TREE = {
    'proj/a.py': 'x = 1\n',
    'proj/bad.py': 'def (\n',
    'proj/z.py': 'z = 26\n',
    'proj/readme.txt': 'text\n',
    'proj/sub/s.py': 's = 2\n',
    'proj/sub/deeper/d.py': 'd = 4\n',
}

STEPS = [
    ('compileall', ['ROOT/proj']),
    ('compileall', ['ROOT/proj']),
    ('compileall', ['-q', 'ROOT/proj']),
    ('compileall', ['-qq', 'ROOT/proj']),
    ('compileall', ['-f', '-l', 'ROOT/proj']),
    ('compileall', ['-f', '-r', '1', 'ROOT/proj']),
    ('compileall', ['-f', '-x', 'bad', 'ROOT/proj']),
    ('compileall', ['ROOT/proj/a.py']),
    ('compileall', ['-f', 'ROOT/proj/a.py']),
    ('compileall', ['ROOT/nonexist']),
    ('compileall', ['ROOT/proj/readme.txt']),
    ('compileall', ['--hardlink-dupes', 'ROOT/proj']),
    ('compileall', ['-d', 'x', '-s', 'y', 'ROOT/proj']),
    ('compileall', ['--invalidation-mode', 'foo']),
    ('compileall', ['-r', 'abc']),
    ('compileall', ['-Z']),
    ('compileall', ['-i', 'ROOT/nolist.txt']),
    ('compileall', ['-qq', '-i', 'ROOT/nolist.txt']),
    ('compileall', ['-f', '-b', '-q', '-x', 'bad', 'ROOT/proj']),
    ('compileall', ['-f', '-o', '0', '-o', '1', '--hardlink-dupes', 'ROOT/proj/sub']),
    ('compileall', ['-q', '--invalidation-mode', 'checked-hash', 'ROOT/proj/sub/deeper']),
    ('compileall', ['--invalidation-mode=unchecked-hash', '-lq', 'ROOT/proj/sub/deeper']),
    ('compileall', ['-r=0', 'ROOT/nonexist']),
    ('compileall', ['-l=3', 'ROOT/x']),
    ('compileall', ['-f', '--hard', '-o', '1', '-o', '2', 'ROOT/proj/sub/deeper']),
    ('compileall', ['-f', '-q', '-b', '-o', '0', '-o', '2', 'ROOT/proj/z.py']),
    ('compileall', ['-h']),
    ('compileall', ['-f', '-d', 'ROOT/d', 'ROOT/proj/a.py', 'ROOT/proj/sub']),
    ('py_compile', ['ROOT/proj/z.py']),
    ('py_compile', ['ROOT/proj/a.py', 'ROOT/proj/bad.py', 'ROOT/proj/z.py']),
    ('py_compile', ['-q', 'ROOT/proj/bad.py']),
    ('py_compile', ['ROOT/missing.py']),
    ('py_compile', []),
    ('py_compile', ['-h']),
]


def listing(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            out.append(os.path.relpath(p, root).replace('cpython-311', 'sharpy-311') + ' links=%d' % os.stat(p).st_nlink)
    return out


def main():
    root = tempfile.mkdtemp(prefix='gen-compile-')
    for rel, text in TREE.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    try:
        compile(open(os.path.join(root, 'proj/bad.py')).read(), os.path.join(root, 'proj/bad.py'), 'exec')
    except SyntaxError as e:
        bad_message = ''.join(traceback.format_exception_only(SyntaxError, e)).replace(root, 'ROOT')
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONDONTWRITEBYTECODE', 'SOURCE_DATE_EPOCH')}
    results = []
    for tool, args in STEPS:
        real = [a.replace('ROOT', root) for a in args]
        p = subprocess.run([sys.executable, '-m', tool, *real], capture_output=True, text=True, env=env, cwd=root)
        norm = lambda s: s.replace(root, 'ROOT').replace('cpython-311', 'sharpy-311')
        results.append({'tool': tool, 'args': args, 'rc': p.returncode, 'stdout': norm(p.stdout),
                        'stderr': norm(p.stderr), 'files': listing(root)})
    shutil.rmtree(root)
    data = {'tree': TREE, 'bad_message': bad_message, 'steps': results}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'compile_tools.json'), 'w') as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write('\n')


main()
