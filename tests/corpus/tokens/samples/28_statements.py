global x
def f():
    nonlocal y
del a[0], b.c
assert x, "msg"
raise E from e
try:
    pass
except* ValueError as e:
    pass
finally:
    pass
with (a as b, c as d):
    pass
