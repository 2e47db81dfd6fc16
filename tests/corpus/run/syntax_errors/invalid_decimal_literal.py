# Invalid decimal literal.
x = 12abc
