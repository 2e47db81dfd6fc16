x = 1  # comment
# full line
    # indented comment
y = 2 # type: int
