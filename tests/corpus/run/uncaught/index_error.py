# Uncaught IndexError with subscript carets.
items = [1, 2, 3]
def last_plus_one(seq):
    return seq[len(seq)]
print(last_plus_one(items))
