# Error raised inside an operator dunder.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
total = Money(5) + Money(10)
print(total.cents)
total = total + 3
