# An error raised by a call inside a multi-line dictionary display.
def value(n):
    return 10 // n
table = {
    "a": value(1),
    "b": value(0),
    "c": value(2),
}
