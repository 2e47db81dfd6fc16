# An error raised inside a generator while it is being consumed.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
total = 0
for n in numbers():
    total += n
    print("total", total)
