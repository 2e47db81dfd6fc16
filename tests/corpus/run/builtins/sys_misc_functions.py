# sys.abiflags, sys.getallocatedblocks and sys.call_tracing with CPython's argument errors.
import sys
print(repr(sys.abiflags), isinstance(sys.getallocatedblocks(), int), sys.getallocatedblocks() >= 0)
print(sys.call_tracing(max, (1, 5)), sys.call_tracing(sorted, ([3, 1, 2],)))
for args in [(max,), (max, [1]), (max, (1, 2), 3)]:
    try:
        sys.call_tracing(*args)
    except TypeError as e:
        print('TypeError:', e)
