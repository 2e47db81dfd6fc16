# glob and Path.glob: 120 random patterns over a fixed tree in a temporary directory (sorted results).
import glob, os, random, shutil, tempfile
from pathlib import Path
random.seed(4)
tmp = tempfile.mkdtemp()
old = os.getcwd(); os.chdir(tmp)
for d in ['a', 'a/b', 'a/b/c', '.h', 'a/.h2', 'bb']:
    os.makedirs(d, exist_ok=True)
for f in ['x.py', 'a/y.py', 'a/b/z.txt', 'a/b/c/w.py', '.h/v.py', 'a/.h2/u.py', '.top.py', 'bb/[x].txt', 'a/b/c/..py']:
    open(f, 'w').close()
parts = ['*', '**', '?', 'a', 'b', '*.py', '.*', '[ab]', '[!a]*', 'c', '.h', 'x.py', '']
try:
    for case in range(120):
        pat = '/'.join(random.choice(parts) for _ in range(random.randint(1, 4)))
        pat = pat.lstrip('/') or '*'  # absolute patterns would list the machine's root directory
        rec = random.random() < 0.5
        hid = random.random() < 0.3
        res = sorted(glob.glob(pat, recursive=rec, include_hidden=hid))
        try:
            pres = sorted(str(p) for p in Path('.').glob(pat))
        except (ValueError, NotImplementedError) as e:
            pres = type(e).__name__
        print(case, repr(pat), rec, hid, res, pres)
finally:
    os.chdir(old); shutil.rmtree(tmp)
