# Python signal handlers: installed in the OS, run on the main thread when the signal arrives (raise_signal,
# os.kill of this process, interval timers, _thread.interrupt_main), SIG_IGN drops, default_int_handler raises
# KeyboardInterrupt; alarm/setitimer/getitimer arm the OS timers.
import _thread
import os
import signal
import time

log = []


def handler(signum, frame):
    log.append((signal.Signals(signum).name, frame is not None))


# SIGINT's start-up handler depends on the parent (a background job inherits it ignored): set it explicitly.
print(signal.signal(signal.SIGINT, signal.default_int_handler) in (signal.default_int_handler, signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
print(signal.signal(signal.SIGUSR1, handler))
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", log)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", log)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", log, signal.getsignal(signal.SIGUSR1))

signal.signal(signal.SIGALRM, handler)
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
time.sleep(0.5)
print("timer", log[-1], signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))


def too_slow(signum, frame):
    raise TimeoutError("too slow")


signal.signal(signal.SIGALRM, too_slow)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except TimeoutError as e:
    print("interrupted sleep:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except TimeoutError as e:
    print("interrupted loop:", e)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("SIGINT ->", repr(e))
try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt:
    print("interrupt_main -> KeyboardInterrupt")

for bad in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(99, handler),
            lambda: signal.signal(signal.SIGUSR2, "nope"), lambda: signal.alarm(1.5)]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.Signals(2), signal.SIG_DFL, signal.Handlers(1))
