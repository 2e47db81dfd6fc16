"""Exception groups, except*, nested groups, split/subgroup, and an uncaught group at the end."""
import traceback
import sys


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    elif record["age"] < 0:
        errors.append(ValueError("age negative"))
    if "@" not in record.get("email", ""):
        errors.append(KeyError("email"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)
    return True


records = [{"id": 1, "name": "a", "age": 3, "email": "a@x"},
           {"id": 2, "name": "", "age": "7", "email": "b"},
           {"id": 3, "name": "c", "age": -1, "email": "c@x"}]
for r in records:
    try:
        validate(r)
        print(r["id"], "ok")
    except* ValueError as eg:
        print(r["id"], "value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print(r["id"], "type errors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print(r["id"], "key errors:", [repr(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(OSError), len(eg.exceptions), eg.message)
print(BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__.__name__, ExceptionGroup("e", [ValueError()]).__class__.__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("handled ValueError part")
except OSError as e:
    print("should not happen")
except ExceptionGroup as e:
    print("remaining:", repr(e))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))

print("".join(traceback.format_exception(ExceptionGroup("shown", [ValueError("x"), TypeError("y")]))))
traceback.print_exception(eg, file=sys.stdout)


def task(i):
    if i % 3 == 0:
        raise RuntimeError(f"task {i} crashed")
    if i % 3 == 1:
        raise ValueError(f"task {i} bad value")
    return i


errs = []
for i in range(6):
    try:
        task(i)
    except Exception as e:
        errs.append(e)
raise ExceptionGroup("batch failed", errs)
