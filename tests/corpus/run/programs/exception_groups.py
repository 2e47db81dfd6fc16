import contextlib
import sys


class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(ValidationError("age", "must be >= 0"))
    if errors:
        raise ExceptionGroup(f"invalid record {record.get('id')}", errors)
    return True


records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": -1}, {"id": 3, "name": "c", "age": "x"}, {"id": 4}]
for r in records:
    try:
        validate(r)
        print(r["id"], "ok")
    except* ValidationError as eg:
        print(r["id"], "validation:", [str(e) for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print(r["id"], "type:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k"), ValueError(2)]), TypeError("t")])
print(repr(eg))
print(eg.exceptions[1], len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.derive([ValueError("x")]))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as left:
    print("left over:", repr(left))

e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)


@contextlib.contextmanager
def step(name):
    print("begin", name)
    try:
        yield name.upper()
    except ZeroDivisionError as exc:
        print("step saw", exc)
        raise RuntimeError(f"{name} failed") from exc
    finally:
        print("end", name)


with contextlib.ExitStack() as stack:
    a = stack.enter_context(step("one"))
    b = stack.enter_context(step("two"))
    stack.callback(print, "callback ran")
    print("inside with", a, b)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with step("div"):
        1 / 0
except RuntimeError as exc:
    print("got", exc, "from", repr(exc.__cause__))

import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("another")
print(buf.getvalue().splitlines())
with contextlib.nullcontext(5) as v:
    print("nullcontext", v)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self

    def __exit__(self, *exc):
        print("timer stop", exc[0])
        return False


@Timer()
def work(n):
    return sum(range(n))


print(work(10))
raise ExceptionGroup("final", [ValueError("bad value"), TypeError("bad type")])
