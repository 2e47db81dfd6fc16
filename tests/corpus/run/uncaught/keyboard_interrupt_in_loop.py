# KeyboardInterrupt raised from inside nested calls in a loop; finally still runs.
def step(i):
    if i == 2:
        raise KeyboardInterrupt
    return i
try:
    for i in range(5):
        print("step", step(i))
finally:
    print("finally before exit")
