# shutil: copying, trees, moving, removing, which and terminal size; inside a temporary directory.
import os
import shutil
import tempfile

d = tempfile.mkdtemp()


def rel(path):
    return os.path.relpath(path, d)


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        out.append((rel(root), sorted(files)))
    return out


try:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for name, text in (('a.txt', 'A'), ('b.pyc', 'B'), ('sub/c.txt', 'C'), ('sub/deep/d.txt', 'D'), ('sub/e.tmp', 'E')):
        with open(os.path.join(src, name), 'w') as f:
            f.write(text)
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    print(rel(shutil.copy(os.path.join(src, 'a.txt'), d)), oct(os.stat(os.path.join(d, 'a.txt')).st_mode & 0o777))
    print(rel(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(d, 'z.txt'))))
    print(rel(shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'y.txt'))),
          os.stat(os.path.join(d, 'y.txt')).st_mtime == os.stat(os.path.join(src, 'a.txt')).st_mtime)
    with open(os.path.join(src, 'a.txt')) as fsrc, open(os.path.join(d, 'obj.txt'), 'w') as fdst:
        shutil.copyfileobj(fsrc, fdst)
    print(open(os.path.join(d, 'obj.txt')).read())
    print(rel(shutil.copytree(src, os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.pyc', '*.tmp'))))
    print(tree(os.path.join(d, 'dst')))
    try:
        shutil.copytree(src, os.path.join(d, 'dst'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, rel(e.filename))
    shutil.copytree(src, os.path.join(d, 'dst'), dirs_exist_ok=True)
    print(tree(os.path.join(d, 'dst')))
    print(rel(shutil.move(os.path.join(d, 'z.txt'), os.path.join(d, 'dst'))))
    print(rel(shutil.move(os.path.join(d, 'y.txt'), os.path.join(d, 'moved.txt'))), os.path.exists(os.path.join(d, 'y.txt')))
    print(rel(shutil.move(os.path.join(d, 'dst', 'sub'), os.path.join(d, 'sub2'))))
    try:
        shutil.move(os.path.join(d, 'moved.txt'), os.path.join(d, 'dst'))
        shutil.move(os.path.join(d, 'a.txt'), os.path.join(d, 'dst'))
    except shutil.Error as e:
        print('shutil.Error', str(e).replace(d, '<tmp>'))
    try:
        shutil.copyfile(os.path.join(d, 'a.txt'), os.path.join(d, 'a.txt'))
    except shutil.SameFileError as e:
        print(type(e).__name__, issubclass(shutil.SameFileError, OSError), str(e).replace(d, '<tmp>'))
    try:
        shutil.copyfile(os.path.join(d, 'missing'), os.path.join(d, 'x'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(os.path.join(d, 'dst'))
    print(os.path.exists(os.path.join(d, 'dst')), sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, rel(e.filename))
    shutil.rmtree(os.path.join(d, 'missing'), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(d, 'missing'), onerror=lambda fn, path, info: errors.append((fn.__name__, rel(path), info[0].__name__)))
    print(errors)
    try:
        shutil.rmtree(os.path.join(d, 'a.txt'))
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno)
    print(shutil.which('sh') is not None, shutil.which('no-such-command-xyz'), shutil.which('sh', path=d))
    usage = shutil.disk_usage(d)
    print(type(usage).__name__, usage._fields, usage.total > 0, usage.used + usage.free <= usage.total)
    try:
        shutil.disk_usage(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    size = shutil.get_terminal_size()
    print(size, size.columns, size.lines, tuple(size), shutil.get_terminal_size((100, 40)))
    os.environ['COLUMNS'] = '123'
    print(shutil.get_terminal_size().columns)
finally:
    shutil.rmtree(d)
print(os.path.exists(d))

# rmtree error callbacks on a file and a symlink

d = tempfile.mkdtemp(); f = os.path.join(d, 'f'); open(f, 'w').close()
calls = []
shutil.rmtree(f, onerror=lambda fn, p, ei: calls.append((fn.__name__, os.path.basename(p), ei[0].__name__, str(ei[1]).replace(d, '<d>'))))
print(calls)
try: shutil.rmtree(f)
except OSError as e: print(type(e).__name__, str(e).replace(d, '<d>'))
os.symlink(d, d + '_link')
try: shutil.rmtree(d + '_link')
except OSError as e: print(type(e).__name__, e)
os.unlink(d + '_link'); shutil.rmtree(d)
