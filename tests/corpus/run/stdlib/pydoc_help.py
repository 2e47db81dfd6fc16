# help() and pydoc's text rendering of user-defined functions and classes (CPython's layout).
import dataclasses
import pydoc


def add(a, b=2, *args, key=None, **kw):
    """Add things.

    More text, after a blank line."""
    return a + b


async def fetch(url: str, timeout: float = 1.5) -> bytes:
    """Fetch a URL."""


class Base:
    """A base class."""
    x = 1

    def m(self):
        "method doc"

    @classmethod
    def c(cls, y):
        "class method"

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        "a property"

    @property
    def q(self):
        return 1

    @q.setter
    def q(self, v):
        pass


class Child(Base):
    """Derived.

    Detail line."""
    y: int = 3
    alias = Base.m

    def __init__(self, a, b=[1, 2]):
        self.a = a

    def __repr__(self):
        return "Child()"

    def __eq__(self, other):
        return True

    __hash__ = None

    def m(self):
        return 2


class Slotted:
    __slots__ = ('a', 'b')


@dataclasses.dataclass(order=True)
class Point:
    """A point."""
    x: int
    y: int = 0


help(add)
help(fetch)
help(Base)
help(Child)
help(Child(1).m)
help(Slotted)
help(Point)
help(lambda x, y=3: x)
help('nonexistent_thing_xyz')
print(pydoc.render_doc(Base.m, renderer=pydoc.plaintext))
print(repr(pydoc.getdoc(Child)), pydoc.splitdoc(pydoc.getdoc(add)))
print(pydoc.describe(Child), pydoc.describe(add), pydoc.describe(Child(1).m), pydoc.describe(pydoc))
print(pydoc.locate('dataclasses.dataclass') is dataclasses.dataclass, pydoc.locate('no.such.thing'))
print(pydoc.plain(pydoc.text.bold('bold')), repr(pydoc.text.bold('ab')))
