"""Library management: members, loans, due dates, fines, reports; ends with sys.exit(2) on audit failure."""
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import defaultdict
from typing import Optional

DAILY_FINE = 0.25
LOAN_DAYS = 14


class LibraryError(Exception):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    copies: int = 1
    on_loan: int = 0

    @property
    def available(self):
        return self.copies - self.on_loan


@dataclass
class Member:
    mid: int
    name: str
    max_loans: int = 3
    fines: float = 0.0
    loans: list = field(default_factory=list)


@dataclass
class Loan:
    isbn: str
    mid: int
    out: date
    due: date
    returned: Optional[date] = None

    def days_late(self, today):
        end = self.returned or today
        return max(0, (end - self.due).days)


class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []

    def add_book(self, *a, **k):
        b = Book(*a, **k)
        if b.isbn in self.books:
            self.books[b.isbn].copies += b.copies
        else:
            self.books[b.isbn] = b

    def join(self, name, **k):
        m = Member(len(self.members) + 1, name, **k)
        self.members[m.mid] = m
        return m

    def checkout(self, mid, isbn, today):
        m, b = self.members[mid], self.books.get(isbn)
        if b is None:
            raise LibraryError(f"no such book {isbn}")
        if m.fines > 5:
            raise LibraryError(f"{m.name} owes ${m.fines:.2f}")
        if len(m.loans) >= m.max_loans:
            raise LibraryError(f"{m.name} has reached the loan limit ({m.max_loans})")
        if b.available <= 0:
            raise LibraryError(f"'{b.title}' is not available")
        loan = Loan(isbn, mid, today, today + timedelta(days=LOAN_DAYS))
        b.on_loan += 1
        m.loans.append(loan)
        self.loans.append(loan)
        return loan

    def checkin(self, mid, isbn, today):
        m = self.members[mid]
        for loan in m.loans:
            if loan.isbn == isbn:
                break
        else:
            raise LibraryError(f"{m.name} does not have {isbn}")
        loan.returned = today
        m.loans.remove(loan)
        self.books[isbn].on_loan -= 1
        fine = loan.days_late(today) * DAILY_FINE
        m.fines += fine
        return fine

    def overdue(self, today):
        return sorted((l for l in self.loans if l.returned is None and l.days_late(today)),
                      key=lambda l: (-l.days_late(today), l.mid))


lib = Library()
for isbn, title, author, n in [("111", "Dune", "Herbert", 2), ("222", "Emma", "Austen", 1),
                               ("333", "Ulysses", "Joyce", 1), ("444", "Beloved", "Morrison", 3)]:
    lib.add_book(isbn, title, author, n)
lib.add_book("222", "Emma", "Austen", 1)
ann, ben, cat = lib.join("Ann"), lib.join("Ben", max_loans=1), lib.join("Cat")
day0 = date(2024, 1, 1)
actions = [
    ("out", 1, "111", 0), ("out", 1, "222", 0), ("out", 2, "111", 1), ("out", 3, "111", 2),
    ("out", 2, "333", 3), ("out", 3, "999", 3), ("in", 1, "111", 20), ("out", 3, "111", 21),
    ("in", 2, "111", 40), ("out", 2, "444", 41), ("in", 3, "333", 42), ("in", 1, "222", 45),
    ("out", 1, "444", 46),
]
for kind, mid, isbn, d in actions:
    today = day0 + timedelta(days=d)
    who = lib.members[mid].name
    try:
        if kind == "out":
            loan = lib.checkout(mid, isbn, today)
            print(f"{today:%b %d}: {who} borrows {lib.books[isbn].title}, due {loan.due:%b %d}")
        else:
            fine = lib.checkin(mid, isbn, today)
            print(f"{today:%b %d}: {who} returns {lib.books[isbn].title}" + (f", fine ${fine:.2f}" if fine else ""))
    except LibraryError as e:
        print(f"{today:%b %d}: refused: {e}")

report_day = day0 + timedelta(days=50)
print(f"\nOverdue on {report_day.isoformat()}:")
for l in lib.overdue(report_day):
    print(f"  {lib.members[l.mid].name:<4} {lib.books[l.isbn].title:<8} {l.days_late(report_day):>3} days")
print("\nMembers:")
for m in lib.members.values():
    print(f"  #{m.mid} {m.name:<4} fines=${m.fines:>5.2f} loans={[l.isbn for l in m.loans]}")
by_author = defaultdict(int)
for l in lib.loans:
    by_author[lib.books[l.isbn].author] += 1
print("\nPopularity:", sorted(by_author.items(), key=lambda kv: (-kv[1], kv[0])))
print("Inventory:", {b.title: f"{b.available}/{b.copies}" for b in lib.books.values()})
total_fines = sum(m.fines for m in lib.members.values())
print(f"Total fines: ${total_fines:.2f}")
if total_fines > 5:
    print("audit failed: fines too high", file=sys.stderr)
    sys.exit(2)
print("audit ok")
