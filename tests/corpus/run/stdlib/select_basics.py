# select: select.select and select.poll on pipes and files.
import os
import select
import tempfile


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(select.error is OSError, select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR,
      select.POLLHUP, select.POLLNVAL, select.POLLRDNORM, select.POLLWRNORM, select.PIPE_BUF)

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b'data')
print(select.select([r], [w], [r], 0.5) == ([r], [w], []))
print(os.read(r, 100))
print(select.select([r], [], [], 0.01))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return 'Wrapper(%s)' % ('r' if self.fd == r else 'w')


wr, ww = Wrapper(r), Wrapper(w)
os.write(w, b'x')
print(select.select((wr, ww), [ww], [], 0))
print(select.select([], [], [], 0), select.select([], [], [], 0.001))
os.read(r, 1)

# a waiting select lets other threads run (the GIL is released while waiting)
import threading
import time
writer = threading.Thread(target=lambda: (time.sleep(0.05), os.write(w, b'from thread')))
start = time.monotonic()
writer.start()
print(select.select([r], [], [], 10) == ([r], [], []), time.monotonic() - start < 5)
writer.join()
print(os.read(r, 100))
p2 = select.poll()
p2.register(r, select.POLLIN)
writer = threading.Thread(target=lambda: (time.sleep(0.05), os.write(w, b'again')))
writer.start()
print(p2.poll(10000) == [(r, select.POLLIN)])
writer.join()
print(os.read(r, 100))

# regular files are always ready
with tempfile.TemporaryFile() as f:
    print(select.select([f], [f], [], 0) == ([f], [f], []))

# poll objects
p = select.poll()
print(type(p).__name__)
p.register(r, select.POLLIN)
p.register(ww, select.POLLOUT)
print(sorted(p.poll(0)) == [(w, select.POLLOUT)])
os.write(w, b'yz')
print(sorted(p.poll(100)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)], p.poll() == [(r, select.POLLIN)])
p.unregister(w)
p.unregister(r)
print(p.poll(0))
try:
    p.unregister(r)
except KeyError as e:
    print('KeyError', e.args == (r,))
attempt(lambda: p.modify(r, select.POLLIN))

# closing the write end: the read end reports end of file
os.read(r, 10)
os.close(w)
print(select.select([r], [], [], 1.0) == ([r], [], []), os.read(r, 10))
p.register(r)
print(p.poll(10) == [(r, select.POLLHUP)])
os.close(r)
print(p.poll(0) == [(r, select.POLLNVAL)])
attempt(lambda: select.select([r], [], [], 0))

attempt(lambda: select.select([], [], [], -1))
attempt(lambda: select.select(['x'], [], [], 0))
attempt(lambda: select.select([-1], [], [], 0))
attempt(lambda: select.select(5, [], []))
attempt(lambda: select.select([], [], [], 'x'))
attempt(lambda: select.select([], []))
attempt(lambda: p.register('x'))
attempt(lambda: p.register(-1))
attempt(lambda: p.poll('x'))
