# comment
x = 1  # trailing
# another

def f():
    # inside
    pass  # after


    # blank lines and comments
    return 1
if x:  # comment after colon
    pass
