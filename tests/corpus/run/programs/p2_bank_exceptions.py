"""Bank accounts with a custom exception hierarchy and a transaction log."""
from decimal import Decimal, ROUND_HALF_UP
import traceback


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


def money(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Account:
    _next = 1000

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.number = Account._next
        Account._next += 1
        self._balance = money(balance)
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        amount = money(amount)
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive: {amount}")
        if self.frozen:
            raise AccountFrozen(self.number)
        return amount

    def deposit(self, amount):
        amount = self._check(amount)
        self._balance += amount
        self.history.append(("dep", amount))
        return self._balance

    def withdraw(self, amount):
        amount = self._check(amount)
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self._balance

    def __repr__(self):
        return f"Account({self.owner!r}, #{self.number}, {self._balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance="0", rate="0.025"):
        super().__init__(owner, balance)
        self.rate = Decimal(rate)

    def add_interest(self, months=1):
        for _ in range(months):
            interest = money(self._balance * self.rate / 12)
            self._balance += interest
            self.history.append(("int", interest))
        return self._balance


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except InsufficientFunds as e:
            raise BankError(f"transfer {src}->{dst} failed") from e
        else:
            b.deposit(amount)
        finally:
            print(f"  transfer attempted: {src}->{dst} {amount}")

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank()
alice = bank.open(Account, "alice", "100.50")
bob = bank.open(SavingsAccount, "bob", "2500", rate="0.04")
carol = bank.open(Account, "carol")

print(alice, bob, carol, sep="\n")
alice.deposit("19.995")
print("alice after deposit:", alice.balance)
bank.transfer(alice.number, carol.number, "50")
print("carol:", carol.balance)

try:
    bank.transfer(carol.number, alice.number, "75")
except BankError as e:
    print("caught:", e)
    print("  cause:", repr(e.__cause__))
    print("  cause is InsufficientFunds:", isinstance(e.__cause__, InsufficientFunds))

for bad in ["-5", "0", "abc"]:
    try:
        alice.deposit(bad)
    except InvalidAmount as e:
        print("invalid:", e, "| also ValueError:", isinstance(e, ValueError))
    except Exception as e:
        print("other:", type(e).__name__, type(e).__mro__[1].__name__)

carol.frozen = True
try:
    carol.withdraw(1)
except BankError as e:
    print("frozen:", type(e).__name__, e.args)

print("bob with interest:", bob.add_interest(6))
for kind, amt in bob.history:
    print(f"  {kind:>4} {amt:>10}")
print("total:", bank.total())
print("sorted by balance:", [a.owner for a in sorted(bank.accounts.values(), key=lambda a: a.balance)])

try:
    try:
        alice.withdraw("1000000")
    except InsufficientFunds as e:
        raise RuntimeError("audit failed")
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(any("During handling" in l for l in lines))
    print(lines[-1])

print(InsufficientFunds.__mro__)
print(Account._next)
bank.transfer(bob.number, alice.number, "999999")
