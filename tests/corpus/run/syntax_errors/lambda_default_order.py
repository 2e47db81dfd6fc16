# Invalid lambda syntax: default before non-default.
f = lambda a=1, b: a
