# throw() into a generator that never ran raises inside its frame: the traceback shows that
# frame at the def line (no caret line), after the caller's.
def numbers(limit):
    for i in range(limit):
        yield i


gen = numbers(3)
print("throwing into a fresh generator")
gen.throw(ValueError("stop before start"))
