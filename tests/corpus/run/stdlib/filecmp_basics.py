# filecmp: cmp (shallow and deep), cmpfiles, dircmp attributes and reports.
import filecmp
import os
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)


def write(path, text):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


write('left/same.txt', 'same content\n')
write('right/same.txt', 'same content\n')
write('left/diff.txt', 'left version\n')
write('right/diff.txt', 'right version\n')
write('left/size.txt', 'short\n')
write('right/size.txt', 'much longer text\n')
write('left/only_left.txt', 'x')
write('right/only_right.txt', 'y')
write('left/sub/inner.txt', 'inner')
write('right/sub/inner.txt', 'inner')
write('left/sub/deep/d.txt', 'deep')
write('right/sub/deep/d.txt', 'DEEP')
write('left/kind', 'a file')
os.makedirs('right/kind')
os.makedirs('left/.git')
os.makedirs('right/.git')

print(filecmp.cmp('left/same.txt', 'right/same.txt'), filecmp.cmp('left/same.txt', 'right/same.txt', shallow=False))
print(filecmp.cmp('left/diff.txt', 'right/diff.txt', shallow=False), filecmp.cmp('left/size.txt', 'right/size.txt'))
print(filecmp.cmp('left/sub', 'right/sub'))
print(filecmp.cmpfiles('left', 'right', ['same.txt', 'diff.txt', 'size.txt', 'missing.txt', 'sub'], shallow=False))
try:
    filecmp.cmp('left/nope', 'right/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)

d = filecmp.dircmp('left', 'right')
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(sorted(d.same_files), sorted(d.diff_files), d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
d.report()
print('---')
d.report_full_closure()
print('---')
filecmp.dircmp('left', 'right', ignore=['size.txt'], hide=['kind']).report_partial_closure()
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError', e)
print(filecmp.DEFAULT_IGNORES)
filecmp.clear_cache()

os.chdir('/')
for root, dirs, files in os.walk(tmp, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(tmp)
