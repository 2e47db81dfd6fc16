# Exception handling inside loops: retries, continue/break from handlers, else clauses.
attempts = {"a": 2, "b": 0, "c": 5}
def flaky(key):
    if attempts[key] > 0:
        attempts[key] -= 1
        raise ConnectionError(f"{key} failed")
    return f"{key} ok"
for key in "abc":
    for attempt in range(1, 4):
        try:
            result = flaky(key)
        except ConnectionError as e:
            print(f"attempt {attempt}: {e}")
            continue
        else:
            print(f"attempt {attempt}: {result}")
            break
    else:
        print(f"giving up on {key}")
values = ["1", "x", "3", None, "5"]
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        print("skip non-number", repr(v))
    except TypeError:
        print("stop at", repr(v))
        break
    finally:
        print("processed", repr(v))
print("total", total)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
        if i > 5:
            break
    except StopIteration:
        print("StopIteration caught at", i)
        continue
    print("i =", i)
errors = []
for divisor in [2, 0, "x", 5]:
    try:
        10 / divisor
    except (ZeroDivisionError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
