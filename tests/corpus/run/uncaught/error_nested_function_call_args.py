# The failing call is an argument of another call: carets point at the inner call.
def first(seq):
    return seq[0]
def show(*values):
    print(*values)
show(first([1]), first("x"), first([]))
