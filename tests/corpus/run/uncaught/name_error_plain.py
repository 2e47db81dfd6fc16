# Uncaught NameError without a close match.
print("before")
print(completely_unknown_thing)
