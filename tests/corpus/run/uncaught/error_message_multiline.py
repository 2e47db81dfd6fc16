# Exception messages with newlines and an empty message.
def f():
    raise ValueError("line one\nline two")
try:
    f()
except ValueError as e:
    print("caught:", e)
raise RuntimeError()
