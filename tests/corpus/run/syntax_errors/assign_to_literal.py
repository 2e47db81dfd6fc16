# Cannot assign to literal.
print("never")
5 = x
