# subprocess: run/call/check_*/getoutput/Popen with pipes, text mode, input, cwd, env, STDOUT/DEVNULL, errors, signals.
import subprocess, sys, os
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CPE', e, e.returncode, e.cmd)
print(subprocess.check_output(['printf', 'a\\r\\nb\\n'], text=True).splitlines())
print(subprocess.check_output('echo $((1+2))', shell=True))
print(subprocess.run(['cat'], input=b'piped data', stdout=subprocess.PIPE).stdout)
print(subprocess.run(['cat'], input='text in', capture_output=True, text=True).stdout)
print(subprocess.call(['sh', '-c', 'exit 7']))
print(subprocess.getstatusoutput('echo hi; exit 2'))
print(subprocess.getoutput('echo both; echo e >&2'))
try:
    subprocess.run(['definitely-not-a-program-xyz'])
except FileNotFoundError as e:
    print('FNF', e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('Timeout', e.cmd)
p = subprocess.Popen(['sh', '-c', 'echo line1; echo line2'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print('got', repr(line))
print(p.wait(), p.returncode)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'abc')
print(out, err, p.returncode)
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:]); sys.exit(4)', 'x', 'y'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True, text=True).stdout)
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
p = subprocess.Popen(['sleep', '10']); p.kill(); print(p.wait())
p = subprocess.Popen(['sleep', '10']); p.terminate(); print(p.wait())
print(repr(subprocess.CalledProcessError(-9, ['x'])), str(subprocess.CalledProcessError(-9, ['x'])))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\']))
import tempfile
tmp = tempfile.mkdtemp()
name = os.path.join(tmp, 'o.txt')
with open(name, 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
print(open(name).read())
os.remove(name); os.rmdir(tmp)
sys.stdout.flush()
subprocess.run(['echo', 'inherited'])
