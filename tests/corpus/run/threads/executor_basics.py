# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait, exceptions, callbacks.
import concurrent.futures as cf
import threading
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futures = {ex.submit(square, i): i for i in range(6)}
    print(sorted((futures[f], f.result()) for f in cf.as_completed(futures)))
    done, not_done = cf.wait(list(futures), return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, bad.exception(), bad.done(), bad.cancelled())
    try:
        bad.result()
    except ValueError as e:
        print("result raised:", e)
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised:", e)

    # FIRST_COMPLETED and FIRST_EXCEPTION
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    quick = ex.submit(square, 9)
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    boom = ex.submit(fail, 1)
    done, not_done = cf.wait([slow, boom], return_when=cf.FIRST_EXCEPTION)
    print(boom in done, slow in not_done)
    done, not_done = cf.wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    gate.set()
    print(slow.result())

    # callbacks run when the future finishes (or at once when already done)
    calls = []
    f = ex.submit(square, 5)
    f.result()
    f.add_done_callback(lambda fut: calls.append(fut.result()))
    print(calls)
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))

# a future that never started can be cancelled
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    first = ex.submit(gate.wait)
    second = ex.submit(square, 3)
    print(second.cancel(), second.cancelled(), second.done(), first.cancel())
    gate.set()
    try:
        second.result()
    except cf.CancelledError:
        print("CancelledError")
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

# Future used directly
fut = cf.Future()
print(fut.done(), fut.running())
fut.set_result(42)
print(fut.result(), fut.exception())
try:
    fut.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

# as_completed with a timeout that expires
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    gate = threading.Event()
    pending = ex.submit(gate.wait)
    try:
        for _ in cf.as_completed([pending], timeout=0.01):
            pass
    except cf.TimeoutError as e:
        print("as_completed:", e)
    gate.set()

# shutdown(wait=True) waits for queued work
results = []
ex = cf.ThreadPoolExecutor(max_workers=2)
for i in range(5):
    ex.submit(lambda i=i: (time.sleep(0.001), results.append(i)))
ex.shutdown(wait=True)
print(sorted(results))
with cf.ProcessPoolExecutor(max_workers=2) as pex:
    print(list(pex.map(square, [1, 2, 3])))
