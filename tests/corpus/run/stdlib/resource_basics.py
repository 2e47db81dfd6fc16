# resource: limits, usage, page size, constants and CPython's errors.
import resource


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(resource.error is OSError, resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.RLIMIT_OFILE)
print(resource.RLIMIT_CPU, resource.RLIMIT_AS, resource.RLIMIT_STACK, resource.RLIMIT_RTTIME)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
pagesize = resource.getpagesize()
print(pagesize > 0, pagesize & (pagesize - 1) == 0)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
print(resource.getrlimit(resource.RLIMIT_NOFILE) == resource.prlimit(0, resource.RLIMIT_NOFILE))
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (min(soft, 256), hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, [soft, hard]) == (min(soft, 256), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])

attempt(lambda: resource.getrlimit(999))
attempt(lambda: resource.getrlimit(-1))
attempt(lambda: resource.getrlimit('x'))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, [5, 4]))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ('a', 4)))
attempt(lambda: resource.setrlimit(999, (1, 1)))
attempt(lambda: resource.prlimit(0, 999))
attempt(lambda: resource.getrusage(99))
attempt(lambda: resource.getrusage('x'))

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, isinstance(usage, tuple), len(usage))
print(type(usage.ru_utime).__name__, type(usage.ru_maxrss).__name__, usage[2] == usage.ru_maxrss)
print(usage.ru_maxrss > 0, usage.ru_utime >= 0, usage.ru_stime >= 0)
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap, len(resource.getrusage(resource.RUSAGE_THREAD)))
r = resource.struct_rusage(range(16))
print(r)
print(r.ru_nivcsw, r[:3], r == tuple(range(16)))
attempt(lambda: resource.struct_rusage((1,) * 3))
