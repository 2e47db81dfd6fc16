# An error inside a method call chain.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1).push(2)
print(s.pop(), s.pop())
print(s.pop())
