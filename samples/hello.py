def greet(name):
    return f"Hello, {name}!"


squares = [n * n for n in range(10)]
print(greet("Sharpy"))
print("squares:", squares, "sum:", sum(squares))
