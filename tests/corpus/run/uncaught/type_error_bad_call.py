# Uncaught TypeError from calling a function with the wrong arguments.
def connect(host, port, *, timeout=10):
    return f"{host}:{port}"
print(connect("a", 1))
print(connect("a", 1, 5))
