x = a if b else c
y = [i for i in range(10) if i % 2]
z = {k: v for k, v in d.items()}
w = not a and b or c is not d in e
