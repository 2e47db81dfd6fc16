if x:
    pass
    \
    y = 1
z = 2
