# Error raised while evaluating a while-loop condition.
queue = [3, 2, 1]
while queue[0] > 0:
    queue.pop(0)
    print("remaining", queue)
