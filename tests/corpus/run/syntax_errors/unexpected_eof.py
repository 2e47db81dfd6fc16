# Unexpected end of file inside a block header.
def f(a,
      b
