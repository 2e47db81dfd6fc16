# pipes: pipeline templates, the shell commands they build, and running them through sh.
import os
import re
import shutil
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import pipes
print([str(w.message) for w in caught], pipes.__all__, pipes.stepkinds)


# makepipeline creates its temporary files at once: keep them in a directory removed at the end.
scratch = tempfile.mkdtemp()
tempfile.tempdir = scratch


def clean(cmd):
    return re.sub(re.escape(scratch) + r"/tmp\w+", 'TMP', cmd)


t = pipes.Template()
print(repr(t), pipes.makepipeline('', [], ''), pipes.makepipeline('in', [], 'out'))
t.append('tr a-z A-Z', '--')
t.append('sed s/X/Y/ $IN > $OUT', 'ff')
t.prepend('echo hi', '.-')
print(repr(t))
print(clean(t.makepipeline('', 'out file')))
u = t.clone()
u.debug(1)
print(u.debugging, u.steps == t.steps, u is not t)
print(pipes.makepipeline('a b', [('cat $IN', 'f-'), ('wc -c', '--')], ''))
print(clean(pipes.makepipeline('', [('cmd > $OUT', '-f')], '')))
for bad in [lambda: t.append('x', '--'), lambda: t.prepend('x', '--'), lambda: pipes.Template().append(3, '--'),
            lambda: pipes.Template().append('x', 'zz'), lambda: pipes.Template().append('x', '.-'),
            lambda: pipes.Template().prepend('x', '-.'), lambda: pipes.Template().append('x', 'f-'),
            lambda: pipes.Template().prepend('x', '-f'), lambda: pipes.Template().open('f', 'a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t.reset()
print(t.steps)
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'in.txt')
    dst = os.path.join(d, 'out.txt')
    with open(src, 'w') as f:
        f.write('hello world\n')
    p = pipes.Template()
    p.append('tr a-z A-Z', '--')
    print(p.copy(src, dst))
    with open(dst) as f:
        print(f.read(), end='')
    with p.open(dst, 'w') as f:
        f.write('written through\n')
    with open(dst) as f:
        print(f.read(), end='')
    with p.open(src, 'r') as f:
        print(f.read(), end='')
    sink = pipes.Template()
    sink.append('cat > /dev/null', '-.')
    try:
        sink.open(src, 'r')
    except ValueError as e:
        print('ValueError', e)
    with pipes.Template().open(src, 'r') as f:
        print(f.read(), end='')
print(pipes.quote("it's"))
tempfile.tempdir = None
shutil.rmtree(scratch)
