# signal: numbers, Signals/Handlers enums, handlers installed and run through raise_signal, strsignal, errors.
import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, int(signal.SIGKILL))
# SIGINT's start-up handler depends on the parent (a background job inherits it ignored): set it explicitly.
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT).__name__, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), repr(signal.SIG_IGN))
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print([signal.strsignal(s) for s in (1, 2, 9, 15, 34, 64)])
print(len(signal.valid_signals()), signal.NSIG, signal.SIGRTMIN, signal.SIGIOT)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print('OSError', e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print('TypeError', e)
try:
    signal.getsignal(0)
except ValueError as e:
    print('ValueError', e)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
