# Name used prior to global declaration.
counter = 0
def bump():
    counter = 1
    global counter
    counter += 1
