import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[11])
print(errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode) > 100, all(isinstance(k, int) for k in errno.errorcode))
for name in ("EPERM", "ENOTDIR", "EISDIR", "EINVAL", "EPIPE", "ERANGE", "ENOSPC",
             "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EADDRINUSE", "ENOTEMPTY", "ELOOP",
             "ENAMETOOLONG", "EHOSTUNREACH", "EBADF", "ECHILD", "ENOMEM", "ESPIPE", "EXDEV"):
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value])

try:
    os.stat("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
    if e.errno == errno.ENOENT:
        print("missing file handled")

def classify(code):
    if code in (errno.EAGAIN, errno.EWOULDBLOCK):
        return "retry"
    if code == errno.EACCES:
        return "denied"
    return errno.errorcode.get(code, "unknown")

print([classify(c) for c in (11, 13, 2, 9999)])
print(os.strerror(errno.ENOENT))
