x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = {
    'a': 1,
    'b': [
        2, 3,
    ],
}
if (a and
        b):
    pass
def f(a,
      b): pass
w = a \
    + b
result = some.very.long.chain(
    arg1,
    arg2,
).method()[
    0
]
