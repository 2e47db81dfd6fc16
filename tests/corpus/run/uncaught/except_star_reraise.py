# Unhandled parts of an exception group re-raised after except*.
def task(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise KeyError(i)
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("tasks", errors)
except* ValueError as g:
    print("handled", len(g.exceptions), "ValueError(s)")
