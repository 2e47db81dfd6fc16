"""Exception chaining printed via traceback.print_exc/format_exception into stdout."""
import sys
import traceback


class _ScrubPath:
    """stdout with this file's path replaced: the output must not depend on where the corpus lives."""
    def __init__(self, out):
        self.out = out

    def write(self, text):
        return self.out.write(text.replace(__file__, "<file>"))

    def flush(self):
        self.out.flush()


sys.stdout = _ScrubPath(sys.stdout)

class ParseError(Exception):
    pass

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e

def load(rows):
    total = 0
    for r in rows:
        total += parse_int(r)
    return total

try:
    load(["1", "2", "x3"])
except ParseError:
    traceback.print_exc(file=sys.stdout)

print("-" * 20)
try:
    try:
        {}["missing"]
    except KeyError:
        len(None)
except TypeError as e:
    for line in traceback.format_exception(e):
        print(line, end="")

print("-" * 20)
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        raise ValueError("second") from None
except ValueError as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
    print(traceback.format_exception_only(type(e), e))
    print(repr(traceback.format_exc().splitlines()[-1]))

def deep(n):
    if n == 0:
        raise OverflowError("bottom")
    return deep(n - 1)
try:
    deep(3)
except OverflowError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [fs.name for fs in tb], tb[-1].line)
    for fs in tb:
        print(f"  {fs.name}:{fs.lineno - 40}  {fs.line}")
    print(traceback.format_tb(e.__traceback__, limit=1)[0].splitlines()[1].strip())
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()), te.exc_type.__name__)

try:
    exec("x = (1,\n  2 +\n")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    eval("1 +* 2")
except SyntaxError as e:
    traceback.print_exception(e, file=sys.stdout, limit=0)

e = ValueError("note me")
e.add_note("extra context 1")
e.add_note("extra context 2")
print("".join(traceback.format_exception_only(e)), end="")
stack = traceback.format_stack(limit=1)
print(len(stack), stack[0].strip().splitlines()[-1])
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
def cause_loop():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
cause_loop()
