# nonlocal declaration not allowed at module level.
print("never")
nonlocal x
