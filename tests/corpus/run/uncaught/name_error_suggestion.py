# Uncaught NameError with a "Did you mean" suggestion.
counter_value = 10
def compute():
    return counter_valu + 1
print("start")
compute()
