# pathlib: pure path manipulation, then real filesystem work inside a temporary directory
# (only paths relative to it are printed).
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = PurePosixPath('/usr/lib/python3.11/json/__init__.tar.gz')
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, list(p.parents)[:3], p.parents[-1], p.parents[1:3], len(p.parents), p.parents)
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('main'), p.with_suffix(''))
print(p.relative_to('/usr/lib'), p.is_relative_to('/usr'), p.is_relative_to('/opt'), p.is_absolute())
print(PurePosixPath('//a/b'), PurePosixPath('///a/./b/'), PurePath('a', '/b', 'c'), PurePosixPath(), repr(PurePosixPath('')))
print(PurePosixPath('a/b.py').match('*.py'), PurePosixPath('/a/b.py').match('/*.py'), PurePosixPath('a/b/c.txt').match('b/*.txt'),
      PurePosixPath('a/b/c').match('/b/c'), PurePosixPath('x.PY').match('*.py'))
print(PurePosixPath('.bashrc').suffix, PurePosixPath('a.').suffixes, PurePosixPath('..').name, PurePosixPath('/').name,
      PurePosixPath('/etc/passwd').as_uri(), PurePosixPath('a/b').as_posix())
q = Path('x') / 'y' / 'z.txt'
print(q, repr(q), 'pre' / q, q / '/abs', q.joinpath('a', 'b'), type(Path()).__name__, isinstance(q, PurePath))
print(sorted([Path('b'), Path('a/c'), Path('a'), Path('/z')]), Path('a') == PurePosixPath('a'), Path('a') == 'a',
      hash(Path('a/b')) == hash(PurePosixPath('a/b')), os.fspath(q), str(q.parent), Path('a') < Path('b'))
for bad in (lambda: p.relative_to('/x'), lambda: PurePosixPath('a').relative_to('/a'), lambda: p.with_name(''),
            lambda: PurePosixPath('/').with_name('x'), lambda: p.with_suffix('x'), lambda: p.with_suffix('.'),
            lambda: p.match(''), lambda: PurePosixPath(1), lambda: p < 'x', lambda: p.parents[10],
            lambda: Path('x').write_text(1), lambda: list(Path('.').glob('')), lambda: list(Path('.').glob('/x'))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

tmp = Path(tempfile.mkdtemp())
try:
    root = tmp / 'proj'
    root.mkdir()
    (root / 'src' / 'pkg').mkdir(parents=True)
    (root / 'src' / 'pkg').mkdir(parents=True, exist_ok=True)
    print((root / 'README.md').write_text('# Title\nbody\n'), (root / 'data.bin').write_bytes(b'\x00\x01\x02'))
    (root / 'src' / 'main.py').write_text('print(1)\n')
    (root / 'src' / 'pkg' / '__init__.py').touch()
    (root / 'src' / 'pkg' / 'util.py').write_text('x = 1\n')
    (root / '.hidden.py').touch()

    def rel(paths):
        return sorted(str(x.relative_to(tmp)) for x in paths)

    print((root / 'README.md').read_text().splitlines(), (root / 'data.bin').read_bytes())
    print((root / 'README.md').exists(), (root / 'nope').exists(), (root / 'src').is_dir(),
          (root / 'README.md').is_file(), (root / 'src').is_file(), (root / 'nope').is_dir(), root.is_symlink())
    print(rel(root.iterdir()))
    print(rel(root.glob('*.py')), rel(root.glob('*.md')))
    print(rel(root.glob('**/*.py')))
    print(rel(root.rglob('*.py')))
    print(rel(root.glob('**')))
    print(rel(root.glob('*/')), rel(root.glob('src/*/*.py')), rel(root.glob('s?c/[m]*')))
    print((root / 'README.md').stat().st_size, (root / 'data.bin').lstat().st_size)
    moved = (root / 'README.md').rename(root / 'README.txt')
    print(moved.relative_to(tmp), moved.exists(), (root / 'README.md').exists())
    print((root / 'data.bin').replace(root / 'data2.bin').name)
    with (root / 'README.txt').open() as f:
        print(f.readline().rstrip())
    with (root / 'log.txt').open('a') as f:
        f.write('line\n')
    print((root / 'log.txt').read_text(), end='')
    link = root / 'link.txt'
    link.symlink_to(root / 'README.txt')
    print(link.is_symlink(), link.is_file(), link.resolve() == (root / 'README.txt').resolve(), link.readlink().name)
    link.unlink()
    (root / 'gone.txt').unlink(missing_ok=True)
    try:
        (root / 'src').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, Path(e.filename).name)
    try:
        (root / 'a' / 'b').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    try:
        (root / 'missing.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    try:
        (root / 'src').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        (root / 'missing.txt').unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    try:
        (root / 'README.txt').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    old = os.getcwd()
    os.chdir(root)
    try:
        print(Path.cwd() == root.resolve(), Path('src').absolute() == root.resolve() / 'src', Path('src/../src').resolve().name)
    finally:
        os.chdir(old)
    print(Path('~').expanduser() == Path.home(), Path.home().is_absolute(), root.samefile(str(root)))
    for x in sorted(root.rglob('*'), reverse=True):
        if x.is_dir():
            x.rmdir()
        else:
            x.unlink()
    root.rmdir()
    print(root.exists(), list(tmp.iterdir()))
finally:
    tmp.rmdir()
print(tmp.exists())
