# A small object-oriented simulation with exceptions and properties.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
bank = [Account("ann", 100), Savings("bob", 1000), Account("cy")]
bank[0].deposit(50).withdraw(30)
print(bank[1].add_interest(), bank[1].balance)
for acct, amount in [(bank[2], 10), (bank[0], 500), (bank[0], -5)]:
    try:
        if amount > 0:
            acct.withdraw(amount)
        else:
            acct.deposit(amount)
    except InsufficientFunds as e:
        print("insufficient:", acct.owner, e, e.needed)
    except ValueError as e:
        print("invalid:", e)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds:
        print("transfer failed", src.owner, "->", dst.owner)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("transfer attempted", amount)
print(transfer(bank[1], bank[2], 200), transfer(bank[2], bank[0], 1000))
print(bank)
print(sorted(bank, key=lambda a: a.balance, reverse=True))
print([a.history for a in bank])
print(sum(a.balance for a in bank), isinstance(bank[1], Account), type(bank[1]).__mro__[1].__name__)
