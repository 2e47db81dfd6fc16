# Files never closed are flushed at exit (after atexit callbacks); unbuffered and line-buffered modes.
import atexit, io, os, sys, tempfile

d = tempfile.mkdtemp()
os.chdir(d)

f = open('late.txt', 'w')
f.write('written but never closed\n')
g = open('late.bin', 'wb')
g.write(b'bytes never closed\n')
open('temp.txt', 'w').write('hi')

h = open('lb.txt', 'w', buffering=1)
h.write('no newline yet')
print(repr(open('lb.txt').read()))
h.write(' and now\n')
print(repr(open('lb.txt').read()))
u = open('u.bin', 'wb', buffering=0)
u.write(b'direct')
print(open('u.bin', 'rb').read())
b = open('buf.txt', 'w')
b.write('pending')
print(repr(open('buf.txt').read()))
b.flush()
print(repr(open('buf.txt').read()))

def report():
    # The files are still unflushed while atexit callbacks run.
    print('atexit sees', repr(open('late.txt').read()), os.path.getsize('late.bin'))
    path = os.path.join(d, 'late.txt')
    sys.stdout.flush()

atexit.register(report)
# A child process reads the files after this one exited.
print('main done')
