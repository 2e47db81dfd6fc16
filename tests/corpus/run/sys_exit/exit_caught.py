# SystemExit can be caught and inspected.
import sys
for arg in [0, 5, "text", None, (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit code=%r args=%r" % (e.code, e.args))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    exit_err = SystemExit(1, 2)
    raise exit_err
except SystemExit as e:
    print("two args:", e.code)
try:
    sys.exit(7)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("exit code stays 0")
