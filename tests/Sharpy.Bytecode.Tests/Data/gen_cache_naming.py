"""Generates cache_naming.json: CPython 3.11's cache_from_source/source_from_cache results.

Run: PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 python3.11 gen_cache_naming.py
The tag 'cpython-311' is replaced by Sharpy's 'sharpy-311' in inputs and outputs.
"""
import json, os, subprocess, sys, warnings
import importlib.util as u

CWD = '/tmp'
SOURCES = ['foo.py', 'foo.bar.py', 'foo.txt', 'foo', '.py', '.hidden.py', 'foo.', '/a/b/', '/a/b/c.py',
           'a//b/foo.py', 'a/../b/foo.py', '/foo.py', 'pkg/__init__.py', 'x/y/z/mod.pyw', 'ünï/cödé.py',
           'dir.d/mod', '/a/b/c.py/', '', 'a b/c d.py']
OPTIMIZATIONS = [None, '', '0', '1', '2', 'ü', '-1', '1.5', 'a-b', 'x y', 'opt']
SMALL = ['foo.py', '/a/b/c.py', 'a/../b/foo.py', '/foo.py', '', 'foo']
PREFIXES = [None, '/pfx', '/pfx/', 'relpfx', '']
CACHES = ['/a/__pycache__/foo.cpython-311.pyc', '__pycache__/foo.cpython-311.pyc', 'foo.cpython-311.pyc',
          '/a/__pycache__/foo.cpython-311.opt-1.pyc', '/a/__pycache__/foo.cpython-311.opt-.pyc',
          '/a/__pycache__/foo.cpython-311.opt-a-b.pyc', '/a/__pycache__/foo.cpython-311.x-1.pyc',
          '/a/__pycache__/foo.pyc', '/a/__pycache__/foo.a.b.c.d.pyc', '/a/__pycache__/foo.cpython-39.pyc',
          '/a/__pycache__/foo.whatever.pyc', '/a/__pycache__/foo.cpython-311.txt', '/a/cache/foo.cpython-311.pyc',
          '/pfx/a/b/foo.cpython-311.pyc', '/pfx/foo.cpython-311.pyc', '/pfxother/foo.cpython-311.pyc',
          '/a/__pycache__/.hidden.cpython-311.pyc', "/a/__pycache__/it's.x.pyc", '/a/__pycache__/foo.cpython-311.opt-ü.pyc']


def run(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            return {'result': fn().replace('cpython-311', 'sharpy-311')}
    except Exception as e:
        return {'error': type(e).__name__, 'message': str(e).replace('cpython-311', 'sharpy-311')}


def cases(level):
    os.chdir(CWD)
    out = []
    def add(**kw):
        out.append(kw)
    for prefix in (PREFIXES if level == 0 else [None, '/pfx']):
        sys.pycache_prefix = prefix
        for src in SOURCES:
            full = prefix is None and level == 0
            if not full and src not in SMALL:
                continue
            opts = OPTIMIZATIONS if full else [None]
            for opt in opts:
                add(fn='cache', path=src, debug=None, opt=opt, prefix=prefix, level=level, cwd=CWD,
                    **run(lambda: u.cache_from_source(src, optimization=opt)))
        if level == 0:
            for debug in (True, False):
                add(fn='cache', path='/a/foo.py', debug=debug, opt=None, prefix=prefix, level=level, cwd=CWD,
                    **run(lambda: u.cache_from_source('/a/foo.py', debug)))
            add(fn='cache', path='/a/foo.py', debug=True, opt='1', prefix=prefix, level=level, cwd=CWD,
                **run(lambda: u.cache_from_source('/a/foo.py', True, optimization='1')))
            for c in (CACHES if prefix is None else CACHES[:2] + CACHES[13:16]):
                add(fn='source', path=c.replace('cpython-311', 'sharpy-311'), prefix=prefix, level=level,
                    **run(lambda: u.source_from_cache(c)))
    return out


if __name__ == '__main__':
    if len(sys.argv) > 1:
        json.dump(cases(sys.flags.optimize), sys.stdout)
    else:
        allcases = []
        for flags in ([], ['-O'], ['-OO']):
            text = subprocess.check_output([sys.executable, *flags, __file__, 'child'])
            allcases += json.loads(text)
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cache_naming.json'), 'w') as f:
            f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False, sort_keys=True) for c in allcases) + '\n]\n')
        print(len(allcases), 'cases')
