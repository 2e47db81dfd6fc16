"""Module docstring."""
# pass, ..., docstrings, and empty bodies.
def empty():
    pass
def dots():
    ...
class Empty:
    pass
class Doc:
    """Class doc."""
    def m(self):
        """Method doc."""
print(empty(), dots(), Empty, Doc.__doc__, Doc.m.__doc__, __doc__)
if True:
    pass
else:
    ...
for _ in range(2):
    pass
while False:
    pass
x = ...
print(x, x is Ellipsis, type(x).__name__)
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)
def fstring_not_doc():
    f"not a docstring"
print(fstring_not_doc.__doc__)
