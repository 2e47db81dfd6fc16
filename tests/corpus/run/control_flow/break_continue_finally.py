# break/continue interacting with try/finally and with.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *args):
        print("exit", self.name, args[0])
        return False
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(f())
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print("inner", i)
        finally:
            print("outer", i)
    return "done"
print(g())
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
    finally:
        print("while-finally", i)
