# Error raised two generators deep, through yield from.
def leaf():
    yield "leaf"
    {}["nope"]
def middle():
    yield "middle"
    yield from leaf()
def top():
    yield from middle()
for item in top():
    print(item)
