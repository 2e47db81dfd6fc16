# Exceptions in threads: threading.excepthook (default and replaced), SystemExit, _thread.
import io
import sys
import threading


def boom():
    raise ValueError("boom in thread")


# Default hook: capture what it writes (the lines from threading.py itself depend on the installation).
saved = sys.stderr
sys.stderr = io.StringIO()
t = threading.Thread(target=boom, name="T1")
t.start()
t.join()
text = sys.stderr.getvalue()
sys.stderr = saved
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-2:])

# A custom hook gets the exception, the type, the traceback and the thread.
captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                     args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=boom, name="T2")
t.start()
t.join()
print(captured)

# SystemExit ends the thread silently.
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("SystemExit was silent")


# An uncaught exception in a thread goes to stderr; the main thread keeps going.
def fails():
    {}["missing"]


t = threading.Thread(target=fails, name="Worker")
sys.stderr.write("--- default hook on stderr below ---\n")
threading.excepthook = lambda args: sys.stderr.write(
    f"Exception in thread {args.thread.name}: {args.exc_type.__name__}: {args.exc_value}\n")
t.start()
t.join()
print("main still running")

# A failing hook is reported and the thread still ends.
def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
saved = sys.stderr
sys.stderr = io.StringIO()
t = threading.Thread(target=boom)
t.start()
t.join()
err = sys.stderr.getvalue()
sys.stderr = saved
print(err.splitlines()[0], "RuntimeError: hook failed" in err)
